import { afterAll, beforeAll, beforeEach } from 'vitest'
import { DEMO_API_KEY, setLatency, setScenario } from '../demo-state'
import { server } from '../node'
import { resetDemoData } from './store'

/**
 * For tests that call the demo API through fetch. src/test/setup.ts may already start the shared MSW
 * server; msw throws on a second listen(), so this starts it only when no one else did.
 */
export function withDemoServer(): void {
  let started = false
  beforeAll(() => {
    setLatency(0)
    try {
      server.listen({ onUnhandledRequest: 'error' })
      started = true
    } catch {
      // Already listening (the shared setup file).
    }
  })
  afterAll(() => {
    if (started) server.close()
  })
  beforeEach(() => {
    setLatency(0)
    resetDemoData()
    setScenario('healthy')
  })
}

export const BASE = 'http://localhost/demo-api'

export interface Answer<T = unknown> {
  status: number
  body: T
}

/** A request with the demo key (unless `auth` says otherwise); the body is parsed JSON. */
export async function call<T = unknown>(
  path: string,
  init: RequestInit & { auth?: string | null; json?: unknown } = {},
): Promise<Answer<T>> {
  const { auth = `JWT ${DEMO_API_KEY}`, json, ...rest } = init
  const headers = new Headers(rest.headers)
  if (auth !== null) headers.set('Authorization', auth)
  if (json !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${BASE}${path}`, {
    ...rest,
    headers,
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  })
  return { status: response.status, body: (await response.json()) as T }
}

/** Query string from pairs, so tests can repeat keys the way the app sends multi-value filters. */
export function query(...pairs: [string, string | number][]): string {
  return `?${new URLSearchParams(pairs.map(([key, value]) => [key, String(value)])).toString()}`
}
