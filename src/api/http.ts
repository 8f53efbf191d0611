import * as z from 'zod/mini'
import {
  ApiError,
  InvalidResponseError,
  RateLimitedError,
  ValidationError,
  type InvalidField,
} from './errors'

export const REQUEST_TIMEOUT_MS = 30_000

export type HttpClientConfig = {
  /** Absolute (`https://api.example.com`) or a same-origin path behind a proxy (`/api`). */
  baseUrl: string
  /** Auth and any other per-backend headers. */
  headers: Record<string, string>
  timeoutMs?: number
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: URLSearchParams
  body?: unknown
  /** The signal TanStack Query passes, so a superseded request is cancelled. */
  signal?: AbortSignal
}

export type HttpClient = {
  request<S extends z.core.$ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>>
}

/**
 * Requests wait for this before leaving: the demo starts its mock service worker in parallel with the
 * first paint, and the first requests must not slip past it.
 */
let requestGate: Promise<unknown> = Promise.resolve()

export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestGate = ready.catch((error: unknown) => {
    throw new ApiError(
      'network',
      `The demo backend could not start: ${error instanceof Error ? error.message : String(error)}`,
    )
  })
}

export function resolveUrl(baseUrl: string, path: string, query?: URLSearchParams): URL {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin
  const url = new URL(baseUrl.replace(/\/+$/, '') + path, origin)
  if (query) url.search = query.toString()
  return url
}

export function createHttpClient({
  baseUrl,
  headers,
  timeoutMs = REQUEST_TIMEOUT_MS,
}: HttpClientConfig): HttpClient {
  return {
    async request(path, schema, { method = 'GET', query, body, signal } = {}) {
      await requestGate
      const url = resolveUrl(baseUrl, path, query)
      const response = await send(url, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        timeoutMs,
      })
      const text = await response.text()
      if (!response.ok) throw errorFromResponse(response, text)
      return parseBody(`${method} ${path}`, text, schema)
    },
  }
}

async function send(
  url: URL,
  { signal, timeoutMs, ...init }: RequestInit & { signal?: AbortSignal; timeoutMs: number },
): Promise<Response> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const forwardAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) forwardAbort()
  else signal?.addEventListener('abort', forwardAbort, { once: true })
  try {
    return await fetch(url, { ...init, signal: controller.signal })
  } catch (error) {
    // A cancellation by the caller is not a failure: rethrow it untouched so the query layer ignores it.
    if (signal?.aborted) throw error
    if (timedOut) {
      throw new ApiError('timeout', `The API did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)
    }
    throw new ApiError(
      'network',
      `Could not reach the API at ${url.host}. Check the API URL and your connection; the API must also allow requests from this site (CORS).`,
    )
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

export function parseBody<S extends z.core.$ZodType>(endpoint: string, text: string, schema: S): z.output<S> {
  let json: unknown
  try {
    json = text === '' ? null : JSON.parse(text)
  } catch {
    throw new InvalidResponseError(endpoint, [{ path: '', message: 'is not JSON' }])
  }
  const result = z.safeParse(schema, json)
  if (result.success) return result.data
  const fields: InvalidField[] = result.error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  throw new InvalidResponseError(endpoint, fields)
}

export function errorFromResponse(response: Response, text: string): ApiError {
  const body = parseJson(text)
  const detail = detailOf(body) ?? htmlTitle(text)
  const status = response.status
  switch (true) {
    case status === 400:
      return isRecord(body)
        ? validationError(body)
        : new ApiError('validation', detail ?? 'The request was not valid.', 400)
    case status === 401:
      return new ApiError('unauthorized', detail ?? 'The API key was not accepted.', 401)
    case status === 403:
      return new ApiError('forbidden', detail ?? 'This API key is not allowed to do that.', 403)
    case status === 404:
      return new ApiError('not_found', detail ?? 'Not found.', 404)
    case status === 429:
      return new RateLimitedError(
        detail ?? 'Too many requests.',
        retryAfterSeconds(response.headers.get('Retry-After')),
      )
    case status >= 500:
      return new ApiError('server', detail ?? `The server failed (HTTP ${status}).`, status)
    default:
      return new ApiError('client', detail ?? `The server refused the request (HTTP ${status}).`, status)
  }
}

function validationError(body: Record<string, unknown>): ValidationError {
  const fieldErrors: Record<string, string[]> = {}
  const flatten = (value: unknown, path: string) => {
    if (typeof value === 'string') (fieldErrors[path] ??= []).push(value)
    else if (Array.isArray(value)) value.forEach((item) => flatten(item, path))
    else if (isRecord(value))
      Object.entries(value).forEach(([key, inner]) => flatten(inner, path ? `${path}.${key}` : key))
  }
  for (const [field, value] of Object.entries(body)) {
    if (field !== 'non_field_errors' && field !== 'detail') flatten(value, field)
  }
  const nonField = [body.non_field_errors, body.detail].flatMap((value) =>
    Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : typeof value === 'string'
        ? [value]
        : [],
  )
  return new ValidationError(fieldErrors, nonField)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function detailOf(body: unknown): string | null {
  if (!isRecord(body)) return null
  const { detail, message, errors } = body
  // A GraphQL server's failure (GraphQL over HTTP) says it in `{"errors": [{"message": …}]}`.
  const graphql = Array.isArray(errors) && isRecord(errors[0]) ? errors[0].message : null
  const text = [detail, message, graphql].find((value): value is string => typeof value === 'string') ?? null
  return text?.trim() ? text.trim().slice(0, 300) : null
}

/** A proxy's HTML error page ("502 Bad Gateway") says what went wrong in its title or first heading. */
function htmlTitle(text: string): string | null {
  const match = /<title[^>]*>([^<]*)<\/title>|<h1[^>]*>([^<]*)<\/h1>/i.exec(text)
  const title = (match?.[1] ?? match?.[2])?.replace(/\s+/g, ' ').trim()
  return title ? title.slice(0, 200) : null
}

/** `Retry-After` is seconds or an HTTP date; null when absent or not exposed cross-origin. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000))
}
