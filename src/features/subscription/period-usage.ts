import type { UsageQuery } from '../../api/types'
import type { Period } from '../../lib/billing-period'

/**
 * Credits used in one billing period. The API's `end_dt` is inclusive and a period ends at the instant
 * the next one starts, so the query stops a millisecond earlier: a row on the boundary counts once.
 * Built in one place so the route's prefetch and the card ask for the same cache entry.
 */
export function usedInPeriodQuery({ start, end }: Period): UsageQuery {
  return {
    startDt: start.toISOString(),
    endDt: new Date(end.getTime() - 1).toISOString(),
    operations: ['used'],
  }
}

/** "2026-11-21" in the user's time zone: the usage page's `from`/`to` are local, inclusive dates. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export type UsedInPeriodSearch = { from: string; to: string; operation: 'used' }

/**
 * The usage page's search for a period's used credits: from its first to its last local day. A period
 * still running stops at today, as the ledger has nothing later.
 */
export function usedInPeriodSearch({ start, end }: Period, now = Date.now()): UsedInPeriodSearch {
  const last = new Date(Math.min(end.getTime() - 1, now))
  return { from: localDate(start), to: localDate(last < start ? start : last), operation: 'used' }
}
