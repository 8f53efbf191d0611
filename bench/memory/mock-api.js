/* global Response */
// The demo's mock API, run in Node for the memory benchmark (loaded through Vite's module runner): the
// live build then talks to it over the network, so the page's heap holds the app's data, not the mock's.
import { getResponse } from 'msw'
import { DEMO_API_KEY, setLatency, setScenario } from '../../src/mocks/demo-state'
import { probelyHandlers } from '../../src/mocks/probely/handlers'

export { DEMO_API_KEY }

export function playScenario(scenario) {
  setScenario(scenario)
  setLatency(0)
}

export async function answer(request) {
  return (await getResponse(probelyHandlers, request)) ?? new Response('Not found', { status: 404 })
}
