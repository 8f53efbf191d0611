import type { AccountJson } from '../../api/probely/account-schema'
import type { TargetJson, UsageRowJson } from '../../api/probely/usage-schema'
import type { Scenario } from '../demo-state'
import { createRandom } from '../random'
import { buildAccount } from './account'
import { decorateDescriptions } from './descriptions'
import { simulateUsage, type SimulationOptions } from './simulate'
import { buildTargets, targetSpecs } from './targets'
import { firstOfMonthBefore, startOfUtcDay, utcDayKey } from './time'

export interface DemoData {
  account: AccountJson
  targets: TargetJson[]
  /** Ascending by timestamp; every row is before the start of the day the data was made for. */
  usage: UsageRowJson[]
}

/** Scenarios that only change the account (or how the API answers) share the healthy ledger. */
type DataFamily = 'standard' | 'low-balance' | 'heavy'

function familyOf(scenario: Scenario): DataFamily {
  return scenario === 'low-balance' || scenario === 'heavy' ? scenario : 'standard'
}

type LedgerShape = Omit<SimulationOptions, 'seed' | 'startMs' | 'endMs' | 'targets' | 'weights'> & {
  /** Whole months of history before the current month. */
  months: number
}

const shapes: Record<DataFamily, LedgerShape> = {
  // 20 months: a 12-month pilot, then production use; ~6,000 rows.
  standard: { months: 20, pilotMonths: 12, pilotScansPerDay: 3, scansPerDay: 30 },
  'low-balance': { months: 20, pilotMonths: 12, pilotScansPerDay: 3, scansPerDay: 30, finalBalance: 37 },
  // Three years and a bit, >100,000 rows: for the chart's downsampling and the table's paging.
  heavy: { months: 37, pilotMonths: 3, pilotScansPerDay: 4, scansPerDay: 140 },
}

function buildUsage(family: DataFamily, dayStartMs: number, targets: TargetJson[]): UsageRowJson[] {
  const { months, ...shape } = shapes[family]
  const seed = `${family}:${utcDayKey(dayStartMs)}`
  const usage = simulateUsage({
    ...shape,
    seed,
    startMs: firstOfMonthBefore(dayStartMs, months),
    endMs: dayStartMs,
    targets,
    weights: targetSpecs.map((spec) => spec.weight),
  })
  decorateDescriptions(usage, createRandom(`${seed}:descriptions`))
  return usage
}

/** Builds the demo data from scratch: the same scenario and UTC day always give equal data. */
export function buildDemoData(scenario: Scenario, now: Date): DemoData {
  const dayStartMs = startOfUtcDay(now)
  const family = familyOf(scenario)
  const targets = buildTargets(firstOfMonthBefore(dayStartMs, shapes[family].months))
  return {
    account: buildAccount(scenario, dayStartMs),
    targets,
    usage: buildUsage(family, dayStartMs, targets),
  }
}

const cache = new Map<string, DemoData>()
const CACHE_SIZE = 4

/**
 * Cached buildDemoData. Callers must not mutate the result: handlers and tests share it.
 * A few entries are kept so flipping between scenarios in the demo bar stays instant.
 */
export function generateDemoData(scenario: Scenario, now: Date): DemoData {
  const key = `${scenario}:${utcDayKey(startOfUtcDay(now))}`
  const hit = cache.get(key)
  if (hit) return hit
  const data = buildDemoData(scenario, now)
  cache.set(key, data)
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return data
}
