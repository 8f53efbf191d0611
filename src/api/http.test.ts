import { http, HttpResponse } from 'msw'
import { z } from 'zod'
import { ApiError, InvalidResponseError, RateLimitedError, ValidationError } from './errors'
import { server } from '../mocks/node'
import { createHttpClient, retryAfterSeconds } from './http'

const api = createHttpClient({ baseUrl: 'https://api.test/', headers: { Authorization: 'JWT secret' } })
const thing = z.object({ count: z.number() })

function answer(response: () => Response) {
  server.use(http.all('https://api.test/thing/', response))
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('createHttpClient', () => {
  it('sends the key, JSON body and query, and parses the answer', async () => {
    let seen: Request | undefined
    server.use(
      http.put('https://api.test/thing/', ({ request }) => {
        seen = request.clone()
        return HttpResponse.json({ count: 3 })
      }),
    )
    const query = new URLSearchParams([['a', '1']])
    await expect(api.request('/thing/', thing, { method: 'PUT', body: { x: 1 }, query })).resolves.toEqual({
      count: 3,
    })
    expect(seen?.headers.get('Authorization')).toBe('JWT secret')
    expect(seen?.headers.get('Content-Type')).toBe('application/json')
    expect(new URL(seen!.url).search).toBe('?a=1')
    expect(await seen?.json()).toEqual({ x: 1 })
  })

  it('maps a 400 to field errors and non-field errors, nested fields as dotted paths', async () => {
    answer(() =>
      HttpResponse.json(
        { pack: ['Not allowed.'], nested: { id: ['Bad id.'] }, non_field_errors: ['Pick a pack.'] },
        { status: 400 },
      ),
    )
    const error = await failure(api.request('/thing/', thing))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.kind).toBe('validation')
    expect((error as ValidationError).fieldErrors).toEqual({
      pack: ['Not allowed.'],
      'nested.id': ['Bad id.'],
    })
    expect((error as ValidationError).nonFieldErrors).toEqual(['Pick a pack.'])
  })

  it.each([
    [401, 'unauthorized', 'Invalid token.'],
    [403, 'forbidden', 'You do not have permission.'],
    [404, 'not_found', 'Invalid page.'],
    [500, 'server', 'Unexpected error while handling your request.'],
    [409, 'client', 'Conflict.'],
  ] as const)('maps %i with a detail to %s', async (status, kind, detail) => {
    answer(() => HttpResponse.json({ detail }, { status }))
    const error = await failure(api.request('/thing/', thing))
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.message).toBe(detail)
  })

  it("reads a GraphQL server's error answer", async () => {
    answer(() => HttpResponse.json({ errors: [{ message: 'Rate limit exceeded.' }] }, { status: 429 }))
    const error = await failure(api.request('/thing/', thing))
    expect(error.kind).toBe('rate_limited')
    expect(error.message).toBe('Rate limit exceeded.')
  })

  it('reads a proxy HTML error page for a 502', async () => {
    answer(() =>
      HttpResponse.html('<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>', {
        status: 502,
      }),
    )
    const error = await failure(api.request('/thing/', thing))
    expect(error.kind).toBe('server')
    expect(error.message).toBe('502 Bad Gateway')
  })

  it('keeps Retry-After seconds on a 429', async () => {
    answer(() =>
      HttpResponse.json(
        { detail: 'Request was throttled.' },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    )
    const error = await failure(api.request('/thing/', thing))
    expect(error).toBeInstanceOf(RateLimitedError)
    expect((error as RateLimitedError).retryAfterSeconds).toBe(7)
  })

  it('names the unexpected field when the payload does not match the schema', async () => {
    answer(() => HttpResponse.json({ count: 'many' }))
    const error = await failure(api.request('/thing/', thing))
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as InvalidResponseError).fields[0]?.path).toBe('count')
    expect(error.message).toContain('count')
  })

  it('reports a body that is not JSON as an invalid response', async () => {
    answer(() => HttpResponse.text('<html>oops</html>'))
    expect((await failure(api.request('/thing/', thing))).kind).toBe('invalid_response')
  })

  it('reports a dropped connection as a network error naming the host', async () => {
    answer(() => HttpResponse.error())
    const error = await failure(api.request('/thing/', thing))
    expect(error.kind).toBe('network')
    expect(error.message).toContain('api.test')
    expect(error.message).not.toContain('secret')
  })

  it('gives up after the timeout with a timeout error', async () => {
    const slow = createHttpClient({ baseUrl: 'https://api.test', headers: {}, timeoutMs: 20 })
    server.use(http.all('https://api.test/thing/', () => new Promise<never>(() => {})))
    expect((await failure(slow.request('/thing/', thing))).kind).toBe('timeout')
  })

  it("rethrows the caller's cancellation untouched", async () => {
    answer(() => HttpResponse.json({ count: 1 }))
    const controller = new AbortController()
    controller.abort()
    await expect(api.request('/thing/', thing, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and null when absent', () => {
    expect(retryAfterSeconds('30')).toBe(30)
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(10)
    expect(retryAfterSeconds(null)).toBeNull()
    expect(retryAfterSeconds('soon')).toBeNull()
  })
})
