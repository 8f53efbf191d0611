import { delay, http, HttpResponse } from 'msw'
import { DEMO_API_KEY, getLatency, getScenario } from '../demo-state'

/** GraphQL reports these in a 200 answer, with a code, as the API does. */
const failure = (message: string, code: string) =>
  HttpResponse.json({ data: null, errors: [{ message, extensions: { code } }] })

/** `x-api-key`, then the scenarios that break every request. */
function refuse(request: Request): Response | null {
  const key = request.headers.get('x-api-key')?.trim()
  if (!key) return failure('You must provide an API key (x-api-key).', 'UNAUTHENTICATED')
  const scenario = getScenario()
  if (scenario === 'expired-key') return failure('API key has expired.', 'UNAUTHENTICATED')
  if (key !== DEMO_API_KEY) return failure('Invalid API key.', 'UNAUTHENTICATED')
  if (scenario === 'server-errors') return failure('Internal server error.', 'INTERNAL_SERVER_ERROR')
  return null
}

/**
 * Conviso's GraphQL endpoint in the demo. The executor (graphql-js and the demo data) loads on the
 * first request, so the Probely demo does not download it.
 */
export const convisoHandlers = [
  http.post('*/graphql', async ({ request }) => {
    const latency = getLatency()
    if (latency !== 0) await delay(latency[0] + Math.round(Math.random() * (latency[1] - latency[0])))
    const refused = refuse(request)
    if (refused) return refused
    let body: unknown
    try {
      body = await request.json()
    } catch {
      return HttpResponse.json({ errors: [{ message: 'The body is not JSON.' }] }, { status: 400 })
    }
    const { executeConviso } = await import('./execute')
    const answer = await executeConviso(body, getScenario(), new Date())
    return HttpResponse.json(answer.body as Record<string, unknown>, { status: answer.status })
  }),
]
