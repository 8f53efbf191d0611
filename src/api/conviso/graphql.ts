import * as z from 'zod/mini'
import { ApiError, InvalidResponseError, RateLimitedError, type ApiErrorKind } from '../errors'
import { createHttpClient } from '../http'
import type { GraphqlDocument } from './documents'
import { graphqlEnvelopeSchema, type GraphqlErrorJson } from './schema'

/** Conventional `extensions.code` values (Apollo, graphql-ruby) and the kind of failure each is. */
const codeKinds: Record<string, ApiErrorKind> = {
  UNAUTHENTICATED: 'unauthorized',
  UNAUTHORIZED: 'unauthorized',
  AUTHENTICATION_ERROR: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
  BAD_USER_INPUT: 'validation',
  GRAPHQL_PARSE_FAILED: 'client',
  GRAPHQL_VALIDATION_FAILED: 'client',
  TOO_MANY_REQUESTS: 'rate_limited',
  RATE_LIMITED: 'rate_limited',
  INTERNAL_SERVER_ERROR: 'server',
}

/** Servers that send no code still say it in words. */
function kindFromMessage(message: string): ApiErrorKind {
  if (/unauthori[sz]ed|unauthenticated|api[ -]?key|not authenticated|token/i.test(message))
    return 'unauthorized'
  if (/forbidden|not accessible|permission|not allowed/i.test(message)) return 'forbidden'
  return 'client'
}

const statuses: Partial<Record<ApiErrorKind, number>> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  validation: 400,
}

/** GraphQL `errors` in a 200 answer, as the typed error an HTTP failure of the same kind would be. */
export function graphqlError(errors: readonly GraphqlErrorJson[]): ApiError {
  const [first] = errors
  const code = first?.extensions?.code?.toUpperCase()
  const text = first?.message.trim() || 'The GraphQL API reported an error.'
  const kind = (code && codeKinds[code]) || kindFromMessage(text)
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
  const message = `${text.slice(0, 300)}${more}`
  if (kind === 'rate_limited') return new RateLimitedError(message, null)
  return new ApiError(kind, message, statuses[kind] ?? null)
}

/** A top-level field that is not found is null, as its nullable type allows; it is not a failure. */
const isMissingField = (error: GraphqlErrorJson) =>
  error.extensions?.code?.toUpperCase() === 'NOT_FOUND' && error.path?.length === 1

export type GraphqlClient = {
  request<S extends z.core.$ZodType>(
    document: GraphqlDocument,
    variables: Record<string, unknown>,
    dataSchema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>>
}

/** `POST /graphql` with `{query, variables, operationName}`; errors and `data` checked like any answer. */
export function createGraphqlClient(baseUrl: string, headers: Record<string, string>): GraphqlClient {
  const http = createHttpClient({ baseUrl, headers })
  return {
    async request(document, variables, dataSchema, signal) {
      const endpoint = `POST /graphql ${document.operationName}`
      const answer = await http.request('/graphql', graphqlEnvelopeSchema, {
        method: 'POST',
        body: { ...document, variables },
        signal,
      })
      const errors = (answer.errors ?? []).filter((error) => !isMissingField(error))
      if (errors.length > 0) throw graphqlError(errors)
      if (answer.data == null)
        throw new InvalidResponseError(endpoint, [{ path: 'data', message: 'is missing' }])
      const result = z.safeParse(dataSchema, answer.data)
      if (result.success) return result.data
      throw new InvalidResponseError(
        endpoint,
        result.error.issues.slice(0, 10).map((issue) => ({
          path: ['data', ...issue.path.map(String)].join('.'),
          message: issue.message,
        })),
      )
    },
  }
}
