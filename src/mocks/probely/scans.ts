import type { ScanJson, TargetJson } from '../../api/probely/usage-schema'
import type { Random } from '../random'
import type { ScanUse } from './ledger-builder'
import { MINUTE_MS } from './time'

/** Scan profiles and what they cost: a quick lightning scan is cheap, a full crawl is dear. */
export const scanProfiles = ['normal', 'lightning', 'full', 'api'] as const
export type ScanProfile = (typeof scanProfiles)[number]

const profileCost: Record<ScanProfile, readonly [number, number]> = {
  lightning: [1, 3],
  normal: [3, 8],
  full: [15, 30],
  api: [4, 10],
}

/** How long each profile runs, in minutes. */
const profileDuration: Record<ScanProfile, readonly [number, number]> = {
  lightning: [2, 12],
  normal: [20, 90],
  full: [120, 360],
  api: [15, 60],
}

const profileLabel: Record<ScanProfile, string> = {
  lightning: 'Lightning',
  normal: 'Normal',
  full: 'Full',
  api: 'API',
}

export interface PlannedScan {
  target: TargetJson
  profile: ScanProfile
  cost: number
}

export function planScan(
  random: Random,
  targets: readonly TargetJson[],
  weights: readonly number[],
): PlannedScan {
  const target = random.weighted(targets.map((t, i) => [t, weights[i] ?? 1] as const))
  const profile: ScanProfile =
    target.type === 'api'
      ? random.weighted([
          ['api', 8],
          ['lightning', 1],
        ] as const)
      : random.weighted([
          ['lightning', 50],
          ['normal', 38],
          ['full', 12],
        ] as const)
  const [min, max] = profileCost[profile]
  return { target, profile, cost: random.int(min, max) }
}

function hostOf(target: TargetJson): string {
  return target.site?.host ?? target.name ?? target.id
}

/** A finished scan whose row is written at `completedMs`, when its credits are spent. */
export function finishedScan(random: Random, plan: PlannedScan, completedMs: number): ScanUse {
  const [minMinutes, maxMinutes] = profileDuration[plan.profile]
  const startedMs = completedMs - random.int(minMinutes, maxMinutes) * MINUTE_MS - random.int(0, 59) * 1000
  const createdMs = startedMs - random.int(0, 4) * MINUTE_MS - random.int(1, 59) * 1000
  const status = random.weighted([
    ['completed', 90],
    ['failed', 4],
    ['canceled', 4],
    ['completed_with_errors', 2],
  ] as const)
  const found = status !== 'failed' && status !== 'canceled'
  const scan: ScanJson = {
    id: random.id(),
    status,
    started: new Date(startedMs).toISOString(),
    completed: new Date(completedMs).toISOString(),
    scan_profile: plan.profile,
    lows: found ? random.int(0, 24) : null,
    mediums: found ? random.int(0, 8) : null,
    highs: found
      ? random.weighted([
          [0, 6],
          [1, 3],
          [2, 1],
          [3, 1],
        ] as const)
      : null,
    created: new Date(createdMs).toISOString(),
  }
  const description = `${profileLabel[plan.profile]} scan of ${hostOf(plan.target)}`
  return { scan, target: plan.target, description, hold: false }
}

/** A scan still running (or queued) at `ms`: its row holds the credits, it has no completion yet. */
export function runningScan(random: Random, plan: PlannedScan, ms: number, queued: boolean): ScanUse {
  const scan: ScanJson = {
    id: random.id(),
    status: queued ? 'queued' : 'started',
    started: queued ? null : new Date(ms).toISOString(),
    completed: null,
    scan_profile: plan.profile,
    lows: queued ? null : random.int(0, 5),
    mediums: queued ? null : random.int(0, 2),
    highs: queued ? null : 0,
    created: new Date(ms - random.int(1, 3) * MINUTE_MS).toISOString(),
  }
  const description = `${profileLabel[plan.profile]} scan of ${hostOf(plan.target)}`
  return { scan, target: plan.target, description, hold: true }
}
