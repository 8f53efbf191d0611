import { buildSchema, graphql, GraphQLError } from 'graphql'
import { DEMO_COMPANY_ID, type Scenario } from '../demo-state'
import { startOfUtcDay, utcDayKey } from '../probely/time'
import { buildConvisoCredits, type DemoCredit } from './credits'
import { convisoSdl } from './sdl'

const schema = buildSchema(convisoSdl)

const cache = new Map<string, DemoCredit[]>()

/** Built once per scenario and UTC day: the heavy scenario's thousands of transactions take a moment. */
function creditsFor(scenario: Scenario, now: Date): DemoCredit[] {
  const dayStart = startOfUtcDay(now)
  const key = `${scenario}:${utcDayKey(dayStart)}`
  let credits = cache.get(key)
  if (!credits) {
    credits = buildConvisoCredits(scenario, dayStart)
    if (cache.size > 4) cache.clear()
    cache.set(key, credits)
  }
  return credits
}

export type GraphqlAnswer = { status: number; body: unknown }

function badRequest(message: string): GraphqlAnswer {
  return { status: 400, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } }
}

/**
 * Runs a GraphQL request against the demo schema, as the server would: a malformed body is a 400; a
 * document that does not parse or validate, or a company the key cannot see, is a 200 with `errors`.
 */
export async function executeConviso(body: unknown, scenario: Scenario, now: Date): Promise<GraphqlAnswer> {
  if (!body || typeof body !== 'object') return badRequest('The body must be a JSON object.')
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string' || !query.trim()) return badRequest('No query string was present.')
  const rootValue = {
    executionCredit: ({ companyId, creditType }: { companyId: string; creditType: string }) => {
      if (companyId !== DEMO_COMPANY_ID) {
        throw new GraphQLError(`Scope - Resource not accessible for id: ${companyId}`, {
          extensions: { code: 'FORBIDDEN' },
        })
      }
      return creditsFor(scenario, now).find((credit) => credit.creditType === creditType) ?? null
    },
  }
  const result = await graphql({
    schema,
    source: query,
    rootValue,
    variableValues:
      variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
  })
  // Before execution (parse, validation, variables) there is no `data`: say which kind of failure it was.
  const errors = result.errors?.map((error) =>
    'data' in result
      ? error.toJSON()
      : { ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  )
  return {
    status: 200,
    body: { ...('data' in result ? { data: result.data } : {}), ...(errors ? { errors } : {}) },
  }
}
