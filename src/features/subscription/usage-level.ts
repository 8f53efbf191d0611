/** Usage from this share of an allotment on is worth a warning; at 100 % the allotment is spent. */
export const WARN_PERCENT = 80

export type UsageLevel = 'ok' | 'warning' | 'full'

/** Percent of the allotment used; with nothing allotted, any use is 100 %. Null when unknown. */
export function usedPercent(used: number | undefined, total: number | undefined): number | null {
  if (used === undefined || total === undefined) return null
  if (total <= 0) return used > 0 ? 100 : 0
  return (100 * Math.max(0, used)) / total
}

export function usageLevel(percent: number | null): UsageLevel {
  if (percent === null) return 'ok'
  if (percent >= 100) return 'full'
  return percent >= WARN_PERCENT ? 'warning' : 'ok'
}

/** The words beside the bar, so the level never rests on colour alone. */
export const levelWords: Record<UsageLevel, string | null> = {
  ok: null,
  warning: 'Near limit',
  full: 'Limit reached',
}
