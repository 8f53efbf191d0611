import type { TargetJson, UsageRowJson } from '../../api/probely/usage-schema'
import { createRandom, type Random } from '../random'
import { creditPacks } from './account'
import { LedgerBuilder } from './ledger-builder'
import { finishedScan, planScan, runningScan, type PlannedScan } from './scans'
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time'

/**
 * Plays an account's history day by day. The story: a pilot phase (few scans, plan credits lapse each
 * month, the onboarding pack expires after 12 months), then production use, where auto top-up buys a pack
 * whenever the balance cannot cover the next scan. The last scans are still running.
 */
export interface SimulationOptions {
  seed: string
  /** First billing period: the 1st of a month, 00:00 UTC. */
  startMs: number
  /** Start of today (UTC): every row is before it, so a reload the same day gives the same rows. */
  endMs: number
  targets: readonly TargetJson[]
  weights: readonly number[]
  pilotMonths: number
  pilotScansPerDay: number
  /** Weekday scans in production; weekends run about a third. */
  scansPerDay: number
  /** Low-balance: in the last weeks nothing is bought and the balance ends at exactly this. */
  finalBalance?: number
}

/** Auto top-up fires when a scan would leave fewer credits than this. */
const RESERVE = 25
const FINAL_PHASE_MS = 21 * DAY_MS
const RUNNING_SCANS = 3

const [pack100, pack500, pack1000] = creditPacks as [
  (typeof creditPacks)[number],
  (typeof creditPacks)[number],
  (typeof creditPacks)[number],
]

function scansOnDay(random: Random, options: SimulationOptions, dayMs: number, monthIndex: number): number {
  const date = new Date(dayMs)
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6
  const month = date.getUTCMonth()
  const season = month === 7 ? 0.55 : month === 11 ? 0.7 : 1
  const base = monthIndex < options.pilotMonths ? options.pilotScansPerDay : options.scansPerDay * season
  return Math.floor(base * (weekend ? 0.3 : 1) * (0.7 + 0.6 * random.next()))
}

/** Scan completion times of one day, sorted, between 00:05 and 22:55 (the running scans come later). */
function timesOfDay(random: Random, dayMs: number, count: number): number[] {
  const span = 22 * HOUR_MS + 50 * MINUTE_MS
  const times = Array.from({ length: count }, () => dayMs + 5 * MINUTE_MS + Math.floor(random.next() * span))
  return times.sort((a, b) => a - b)
}

export function simulateUsage(options: SimulationOptions): UsageRowJson[] {
  const random = createRandom(options.seed)
  const ledger = new LedgerBuilder()
  const running = Array.from({ length: RUNNING_SCANS }, () =>
    planScan(random, options.targets, options.weights),
  )
  const heldAtEnd = running.reduce((sum, scan) => sum + scan.cost, 0)
  const finalPhaseMs = options.finalBalance === undefined ? Infinity : options.endMs - FINAL_PHASE_MS
  const floor = (options.finalBalance ?? 0) + heldAtEnd

  /** Auto top-up before a scan the balance can't cover; in the low-balance final phase, nothing is bought. */
  const coverScan = (ms: number, cost: number) => {
    ledger.settle(ms) // an expiry just before the scan can empty the balance
    if (ms >= finalPhaseMs || ledger.balance - cost >= RESERVE) return
    ledger.purchase(
      ms - 90_000,
      random.weighted([
        [pack500, 6],
        [pack1000, 3],
        [pack100, 1],
      ] as const),
    )
  }

  let monthIndex = -1
  for (let dayMs = options.startMs; dayMs < options.endMs; dayMs += DAY_MS) {
    if (new Date(dayMs).getUTCDate() === 1) {
      monthIndex++
      if (monthIndex > 0) ledger.expirePlanCredits(dayMs - 1000)
      ledger.grant(dayMs)
    }
    // The onboarding pack, bought on the 10th day of the account.
    if (dayMs === options.startMs + 9 * DAY_MS) ledger.purchase(dayMs + 10 * HOUR_MS, pack1000)
    if (dayMs >= finalPhaseMs && dayMs < finalPhaseMs + DAY_MS && ledger.balance < floor + 150) {
      ledger.purchase(dayMs + 60_000, pack500)
    }
    for (const ms of timesOfDay(random, dayMs, scansOnDay(random, options, dayMs, monthIndex))) {
      const plan = planScan(random, options.targets, options.weights)
      coverScan(ms, plan.cost)
      const cost = ms >= finalPhaseMs ? Math.min(plan.cost, ledger.balance - floor) : plan.cost
      if (cost < 1) continue
      ledger.useCredits(ms, cost, finishedScan(random, { ...plan, cost }, ms))
    }
  }
  finish(ledger, random, options, running, floor)
  return ledger.rows
}

/** Yesterday evening: drain to the low-balance target if needed, then start the scans still running. */
function finish(
  ledger: LedgerBuilder,
  random: Random,
  options: SimulationOptions,
  running: PlannedScan[],
  floor: number,
) {
  const evening = options.endMs - HOUR_MS
  if (options.finalBalance !== undefined) {
    let ms = evening - 30 * MINUTE_MS
    if (ledger.balance < floor) ledger.purchase(ms - 60_000, pack100)
    while (ledger.balance > floor) {
      const plan = { ...planScan(random, options.targets, options.weights), profile: 'full' as const }
      const cost = Math.min(random.int(15, 30), ledger.balance - floor)
      ledger.useCredits(ms, cost, finishedScan(random, { ...plan, cost }, ms))
      ms += 40_000
    }
  }
  running.forEach((plan, i) => {
    const ms = evening + (15 + i * 15) * MINUTE_MS
    if (options.finalBalance === undefined) {
      if (ledger.balance - plan.cost < RESERVE) ledger.purchase(ms - 90_000, pack500)
    }
    ledger.useCredits(ms, plan.cost, runningScan(random, plan, ms, i === running.length - 1))
  })
  ledger.settle(options.endMs)
}
