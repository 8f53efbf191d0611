import { delay, http, HttpResponse } from 'msw'
import { DEMO_API_KEY, getLatency, getScenario } from '../demo-state'
import { startOfUtcDay } from '../probely/time'
import { buildNeoSubscription } from './subscription'

const problem = (status: number, message: string) =>
  HttpResponse.json({ error: status === 401 ? 'unauthorized' : 'error', message }, { status })

/** Bearer authentication, then the scenarios that break every request. */
function refuse(request: Request): Response | null {
  const [scheme, token, ...rest] = (request.headers.get('Authorization') ?? '').trim().split(/\s+/)
  if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
    return problem(401, 'Missing or malformed bearer token.')
  }
  const scenario = getScenario()
  if (scenario === 'expired-key') return problem(401, 'Token has expired.')
  if (token !== DEMO_API_KEY) return problem(401, 'Invalid token.')
  if (scenario === 'server-errors') return problem(500, 'Internal server error.')
  return null
}

/** ProjectDiscovery Neo's billing API in the demo: the subscription overview, computed per scenario. */
export const neoHandlers = [
  http.get('*/api/v1/billing/subscription', async ({ request }) => {
    const latency = getLatency()
    if (latency !== 0) await delay(latency[0] + Math.round(Math.random() * (latency[1] - latency[0])))
    return (
      refuse(request) ?? HttpResponse.json(buildNeoSubscription(getScenario(), startOfUtcDay(new Date())))
    )
  }),
]
