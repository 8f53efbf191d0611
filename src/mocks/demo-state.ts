/**
 * Runtime settings of the demo, shared by the app (the demo bar) and the mock handlers. The scenario lives
 * in sessionStorage so it survives a reload but not a new tab; the latency lives in memory only.
 */

import type { BackendId } from '../api/types'
import { convisoScenarios, neoScenarios } from './backend-scenarios'

export const DEMO_API_KEY = 'demo-key'
/** The base URL the app uses in the demo: a convention only, the handlers match any base URL. */
export const DEMO_API_URL = '/demo-api'
/** The company (scope) the Conviso demo answers for. */
export const DEMO_COMPANY_ID = '1042'

/** What connects the app to one backend's demo (the demo, the tests and the e2e journeys alike). */
export function demoConnectionFor(backend: BackendId, demo = true) {
  return {
    apiUrl: DEMO_API_URL,
    apiKey: DEMO_API_KEY,
    demo,
    backend,
    ...(backend === 'conviso' ? { companyId: DEMO_COMPANY_ID } : {}),
  }
}

export type Scenario =
  | 'healthy'
  | 'trial'
  | 'non-renewing'
  | 'cancelled'
  | 'low-balance'
  | 'slow'
  | 'server-errors'
  | 'expired-key'
  | 'heavy'
  | 'pending-change'
  | 'cancelling'
  | 'past-due'
  | 'incomplete'
  | 'no-subscription'
  | 'no-credits'

export interface ScenarioInfo {
  id: Scenario
  label: string
  description: string
}

export const scenarios: readonly ScenarioInfo[] = [
  { id: 'healthy', label: 'Healthy', description: 'An active Pro account with 18+ months of steady usage.' },
  { id: 'trial', label: 'Trial', description: 'The Pro plan in its trial, which ends in 12 days.' },
  {
    id: 'non-renewing',
    label: 'Non-renewing',
    description: 'Cancelled at the end of the term: access ends on the next billing date.',
  },
  {
    id: 'cancelled',
    label: 'Cancelled',
    description: 'The subscription is cancelled; credits cannot be bought.',
  },
  { id: 'low-balance', label: 'Low balance', description: '37 credits left and auto top-up switched off.' },
  { id: 'slow', label: 'Slow network', description: 'Every request takes about two seconds.' },
  { id: 'server-errors', label: 'Server errors', description: 'Every request fails with a 500.' },
  {
    id: 'expired-key',
    label: 'Expired key',
    description: 'Every request is refused: the token has expired.',
  },
  { id: 'heavy', label: 'Heavy usage', description: 'Over 100,000 usage rows across three years.' },
]

const scenarioLists: Record<BackendId, readonly ScenarioInfo[]> = {
  probely: scenarios,
  neo: neoScenarios,
  conviso: convisoScenarios,
}

/** The scenarios the demo of one backend plays. */
export function scenariosFor(backend: BackendId): readonly ScenarioInfo[] {
  return scenarioLists[backend]
}

/** The scenario if that backend's demo plays it, else the healthy one. */
export function scenarioFor(backend: BackendId, scenario: Scenario): Scenario {
  return scenarioLists[backend].some((item) => item.id === scenario) ? scenario : 'healthy'
}

const SCENARIO_KEY = 'billing-demo:scenario'
const DEFAULT_SCENARIO: Scenario = 'healthy'
const scenarioIds: ReadonlySet<string> = new Set(
  Object.values(scenarioLists).flatMap((list) => list.map((s) => s.id)),
)

export function parseScenario(value: unknown): Scenario | null {
  return typeof value === 'string' && scenarioIds.has(value) ? (value as Scenario) : null
}

/** sessionStorage can be missing (Node) or throw (blocked storage, Safari private mode): fall back to memory. */
function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

let memoryScenario: Scenario = DEFAULT_SCENARIO

export function getScenario(): Scenario {
  try {
    return parseScenario(session()?.getItem(SCENARIO_KEY)) ?? memoryScenario
  } catch {
    return memoryScenario
  }
}

export function setScenario(scenario: Scenario): void {
  memoryScenario = scenario
  try {
    session()?.setItem(SCENARIO_KEY, scenario)
  } catch {
    // Storage full or blocked: the in-memory value still holds for this page.
  }
}

export type Latency = readonly [min: number, max: number] | 0

const SLOW_LATENCY: Latency = [1800, 2200]
let baseLatency: Latency = [100, 300]

/** Sets the latency of every mock response; 0 turns it off (unit tests). */
export function setLatency(range: Latency): void {
  baseLatency = range === 0 ? 0 : [Math.max(0, range[0]), Math.max(range[0], range[1])]
}

/** The latency in force: the 'slow' scenario always answers in about 2 s, whatever setLatency said. */
export function getLatency(): Latency {
  return getScenario() === 'slow' ? SLOW_LATENCY : baseLatency
}
