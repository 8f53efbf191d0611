import type { Page, Route } from '@playwright/test'
import { generateDemoData } from '../src/mocks/probely/generate'
import { liveApiPath } from './servers'

/**
 * A stand-in API for the live build, answering from the demo's generated data, with one endpoint made to
 * fail in a chosen way. Requests go to a same-origin path, so no CORS is involved.
 */
export type Endpoint = 'account' | 'usage' | 'settings' | 'saveSettings' | 'purchase'
export type Fault =
  | { status: number; json?: unknown; html?: string; headers?: Record<string, string> }
  | { drop: true }
  | { delayMs: number }
  | { body: (valid: Record<string, unknown>) => unknown }

const data = generateDemoData('healthy', new Date())
const newest = [...data.usage].reverse().slice(0, 30)
const settings = {
  auto_top_up_on_expiration: false,
  auto_top_up_on_insufficient: true,
  auto_top_up_credits_pack: data.account.plan?.allowed_credits_packs?.[1] ?? null,
}

function endpointOf(method: string, path: string): Endpoint | null {
  if (path === '/account/') return 'account'
  if (path === '/account/credits/usage/') return 'usage'
  if (path === '/account/credits/top-up/settings/') return method === 'PUT' ? 'saveSettings' : 'settings'
  if (path === '/account/credits/top-up/') return 'purchase'
  return null
}

/** What a server would answer; a save echoes what was sent, as the API does. */
function validBody(endpoint: Endpoint, url: URL, sent: unknown): { status: number; body: unknown } {
  switch (endpoint) {
    case 'account':
      return { status: 200, body: data.account }
    case 'usage': {
      const length = Math.min(100, Number(url.searchParams.get('length') ?? 10))
      const page = Number(url.searchParams.get('page') ?? 1)
      const results = newest.slice((page - 1) * length, page * length)
      const pageTotal = Math.max(1, Math.ceil(newest.length / length))
      if (page > pageTotal) return { status: 404, body: { detail: 'Invalid page.' } }
      return { status: 200, body: { count: newest.length, page_total: pageTotal, page, length, results } }
    }
    case 'settings':
      return { status: 200, body: settings }
    case 'saveSettings':
      return { status: 200, body: sent }
    case 'purchase':
      return {
        status: 201,
        body: { id: 'inv_1', status: 'paid', total: 45000, amount_due: 0, currency_code: 'EUR' },
      }
  }
}

export type Answer = { status: number; body: unknown }

/** Answers one request: with the valid answer, or as `fault` says. */
export async function answer(route: Route, fault: Fault | undefined, valid: () => Promise<Answer>) {
  if (fault && 'drop' in fault) return route.abort('connectionreset')
  if (fault && 'status' in fault) {
    if (fault.html !== undefined) {
      return route.fulfill({
        status: fault.status,
        contentType: 'text/html',
        body: fault.html,
        headers: fault.headers,
      })
    }
    return route.fulfill({ status: fault.status, json: fault.json ?? {}, headers: fault.headers })
  }
  const { status, body } = await valid()
  if (fault && 'delayMs' in fault) {
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
    // The page may have gone (the test ended) while the answer was held back.
    return route.fulfill({ status, json: body }).catch(() => undefined)
  }
  const json = fault && 'body' in fault ? fault.body(body as Record<string, unknown>) : body
  return route.fulfill({ status, json })
}

export type FakeApi = {
  requests: { endpoint: Endpoint; method: string; body: unknown }[]
  faults: Partial<Record<Endpoint, Fault>>
}

/** Connects the live build to the stand-in API (the key as the connection screen would store it). */
export async function useFakeApi(
  page: Page,
  faults: Partial<Record<Endpoint, Fault>> = {},
): Promise<FakeApi> {
  const api: FakeApi = { requests: [], faults }
  await page.addInitScript((apiUrl) => {
    if (!sessionStorage.getItem('billing:connection')) {
      sessionStorage.setItem(
        'billing:connection',
        JSON.stringify({ apiUrl, apiKey: 'live-test-key', demo: false }),
      )
    }
  }, liveApiPath)
  await page.route(`**${liveApiPath}/**`, async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    const endpoint = endpointOf(request.method(), url.pathname.slice(liveApiPath.length))
    if (!endpoint) return route.fulfill({ status: 404, json: { detail: 'Not found.' } })
    const body = request.postDataJSON() as unknown
    api.requests.push({ endpoint, method: request.method(), body })
    return answer(route, api.faults[endpoint], () => Promise.resolve(validBody(endpoint, url, body)))
  })
  return api
}
