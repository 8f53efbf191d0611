import type { Page, Route } from '@playwright/test'
import { executeConviso } from '../src/mocks/conviso/execute'
import { DEMO_COMPANY_ID } from '../src/mocks/demo-state'
import { buildNeoSubscription } from '../src/mocks/neo/subscription'
import { startOfUtcDay } from '../src/mocks/probely/time'
import { answer, type Answer, type Fault } from './fake-api'
import { liveApiPath } from './servers'

/**
 * The stand-in for ProjectDiscovery Neo and Conviso that e2e/fake-api.ts is for Probely: the live build
 * connected to a same-origin path, answered from the demo's generators (Neo's subscription, Conviso's
 * GraphQL executor over its demo credits), with one endpoint made to fail in a chosen way. Like the real
 * APIs it checks the key where each backend sends it, so a connection that lost its kind fails here.
 */
export type OtherBackend = 'neo' | 'conviso'
/** Neo's one endpoint; Conviso's two GraphQL operations (the balances, and the same with transactions). */
export type OtherEndpoint = 'subscription' | 'credits' | 'transactions'
export type { Fault }

export const LIVE_KEY = 'live-test-key'
export const LIVE_COMPANY_ID = DEMO_COMPANY_ID

const NEO_PATH = '/api/v1/billing/subscription'
const operations: Record<string, OtherEndpoint> = {
  ExecutionCredits: 'credits',
  ExecutionCreditTransactions: 'transactions',
}

/** What the demo server would answer, including its own refusals of a key sent the wrong way. */
async function validAnswer(endpoint: OtherEndpoint, route: Route): Promise<Answer> {
  const request = route.request()
  if (endpoint === 'subscription') {
    if (request.headers().authorization !== `Bearer ${LIVE_KEY}`)
      return { status: 401, body: { error: 'unauthorized', message: 'Missing or malformed bearer token.' } }
    return { status: 200, body: buildNeoSubscription('healthy', startOfUtcDay(new Date())) }
  }
  if (request.headers()['x-api-key'] !== LIVE_KEY) {
    return {
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'Invalid API key.', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    }
  }
  return executeConviso(request.postDataJSON(), 'healthy', new Date())
}

function endpointOf(method: string, path: string, body: unknown): OtherEndpoint | null {
  if (method === 'GET' && path === NEO_PATH) return 'subscription'
  if (method === 'POST' && path === '/graphql' && body && typeof body === 'object') {
    const { operationName } = body as Record<string, unknown>
    return (typeof operationName === 'string' && operations[operationName]) || null
  }
  return null
}

export type FakeOtherApi = {
  requests: { endpoint: OtherEndpoint }[]
  faults: Partial<Record<OtherEndpoint, Fault>>
  /** Requests made to one endpoint so far. */
  count(endpoint: OtherEndpoint): number
}

/** The connection the connection screen would store for this backend (Conviso names its company). */
export function liveConnection(backend: OtherBackend) {
  return {
    apiUrl: liveApiPath,
    apiKey: LIVE_KEY,
    demo: false,
    backend,
    ...(backend === 'conviso' ? { companyId: LIVE_COMPANY_ID } : {}),
  }
}

/** Connects the live build to the stand-in for `backend`, with `faults` on its endpoints. */
export async function useFakeOtherApi(
  page: Page,
  backend: OtherBackend,
  faults: Partial<Record<OtherEndpoint, Fault>> = {},
): Promise<FakeOtherApi> {
  const api: FakeOtherApi = {
    requests: [],
    faults,
    count: (endpoint) => api.requests.filter((request) => request.endpoint === endpoint).length,
  }
  await page.addInitScript((connection) => {
    if (!sessionStorage.getItem('billing:connection'))
      sessionStorage.setItem('billing:connection', JSON.stringify(connection))
  }, liveConnection(backend))
  await page.route(`**${liveApiPath}/**`, async (route) => {
    const request = route.request()
    const path = new URL(request.url()).pathname.slice(liveApiPath.length)
    const body = request.method() === 'POST' ? (request.postDataJSON() as unknown) : undefined
    const endpoint = endpointOf(request.method(), path, body)
    if (!endpoint) return route.fulfill({ status: 404, json: { message: 'Not found.' } })
    api.requests.push({ endpoint })
    return answer(route, api.faults[endpoint], () => validAnswer(endpoint, route))
  })
  return api
}
