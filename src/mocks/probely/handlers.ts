import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw'
import { getLatency, getScenario, type Scenario } from '../demo-state'
import { checkAccess } from './access'
import { detail, type ApiAnswer } from './drf'
import { currentAccount, currentData } from './ledger'
import { buyCreditsPack, topUpSettings, updateTopUpSettings } from './top-up'
import { listUsage } from './usage-query'

/**
 * The Probely-style API of the demo. Every handler computes its answer from the generated ledger and the
 * demo store; none returns a canned body. Paths start with `*` so any base URL works (/demo-api, a proxy).
 */

interface Context {
  request: Request
  url: URL
  scenario: Scenario
  now: Date
}

const json = ({ status, body }: ApiAnswer) => HttpResponse.json(body as Record<string, unknown>, { status })

/** DRF's JSON parser: an empty body is an empty form; malformed JSON is a 400 `detail`. */
async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; answer: ApiAnswer }> {
  const text = await request.text()
  if (text.trim() === '') return { ok: true, body: {} }
  try {
    return { ok: true, body: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON'
    return { ok: false, answer: detail(400, `JSON parse error - ${reason}`) }
  }
}

/** Latency, then auth and the failing scenarios, then the endpoint itself. */
function endpoint(answer: (context: Context) => ApiAnswer | Promise<ApiAnswer>): HttpResponseResolver {
  return async ({ request }) => {
    const latency = getLatency()
    if (latency !== 0) await delay(latency[0] + Math.round(Math.random() * (latency[1] - latency[0])))
    const scenario = getScenario()
    const denied = checkAccess(request, scenario)
    if (denied) return json(denied)
    return json(await answer({ request, url: new URL(request.url), scenario, now: new Date() }))
  }
}

export const probelyHandlers = [
  http.get(
    '*/account/',
    endpoint(({ scenario, now }) => ({ status: 200, body: currentAccount(scenario, now) })),
  ),
  http.get(
    '*/account/credits/usage/',
    endpoint(({ scenario, now, url }) => {
      const { usage, targets } = currentData(scenario, now)
      return listUsage(usage, targets, url.searchParams)
    }),
  ),
  http.get(
    '*/account/credits/top-up/settings/',
    endpoint(({ scenario }) => ({ status: 200, body: topUpSettings(scenario) })),
  ),
  http.put(
    '*/account/credits/top-up/settings/',
    endpoint(async ({ request, scenario, now }) => {
      const read = await readJson(request)
      if (!read.ok) return read.answer
      return updateTopUpSettings(scenario, currentAccount(scenario, now), read.body)
    }),
  ),
  http.post(
    '*/account/credits/top-up/',
    endpoint(async ({ request, scenario, now }) => {
      const read = await readJson(request)
      if (!read.ok) return read.answer
      return buyCreditsPack(scenario, currentAccount(scenario, now), read.body, now)
    }),
  ),
]
