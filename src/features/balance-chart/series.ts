import { operationCodes, type UsageColumns } from '../../api/usage-stream'
import { dayOf, type Day } from '../../lib/days'
import { lttb } from '../../lib/lttb'

export type MarkerKind = 'purchase' | 'grant' | 'expiry'

/** One drawn point: the balances right after a row, held until the next point (a step after). */
export type ChartPoint = {
  /** Epoch ms, nudged by a millisecond where rows share a timestamp so x strictly increases. */
  t: number
  balance: number
  /** balance + on hold */
  full: number
  /** The on-hold band, from balance up to full balance. */
  band: [number, number]
  marker: MarkerKind | null
  /** The row it was drawn from, for its exact time, on hold and description. */
  row: number
}

/** Marker kind by operation code: an array lookup, as it runs once per row. */
const markerOf: readonly (MarkerKind | undefined)[] = []
;(markerOf as (MarkerKind | undefined)[])[operationCodes.purchased] = 'purchase'
;(markerOf as (MarkerKind | undefined)[])[operationCodes.earned] = 'grant'
;(markerOf as (MarkerKind | undefined)[])[operationCodes.expired] = 'expiry'

/**
 * The points to draw for `rows`: every purchase, grant and expiry, the first and last row, and about
 * `pixels` more chosen by LTTB on the balance (one per horizontal pixel). The markers come on top of the
 * pixel budget: with a purchase every day over three years they alone fill the width, and the line
 * still needs the lows between them. Drawn as steps after each point, each value is the balance the
 * account really had from that moment.
 */
export function buildSeries(rows: UsageColumns, pixels: number): ChartPoint[] {
  const { length, time, balance, onHold, operation } = rows
  const x = new Float64Array(length)
  const kept: number[] = []
  let previous = -Infinity
  for (let i = 0; i < length; i++) {
    const t = time[i] as number
    previous = x[i] = t > previous ? t : previous + 1
    if (markerOf[operation[i] as number]) kept.push(i)
  }
  const chosen = lttb(x, balance, length, Math.max(2, Math.floor(pixels)) + kept.length, kept)
  const points = new Array<ChartPoint>(chosen.length)
  chosen.forEach((row, i) => {
    const value = balance[row] as number
    const full = value + (onHold[row] as number)
    points[i] = {
      t: x[row] as number,
      balance: value,
      full,
      band: [value, full],
      marker: markerOf[operation[row] as number] ?? null,
      row,
    }
  })
  return points
}

/** The x extent: the page's date range where it has one, so the chart lines up with it; else the rows'. */
export function domainOf(
  rows: UsageColumns,
  range: { startDt: string | undefined; endDt: string | undefined },
): [number, number] {
  const first = rows.length > 0 ? (rows.time[0] as number) : 0
  const last = rows.length > 0 ? (rows.time[rows.length - 1] as number) : 0
  const start = range.startDt ? Math.min(Date.parse(range.startDt), first || Infinity) : first
  const end = range.endDt ? Math.max(Date.parse(range.endDt), last) : last
  return end > start ? [start, end] : [start - 1, start + 1]
}

/** The days (in the page's zone) a selected span of time covers, for zooming the page's range. */
export function daysOfSpan(from: number, to: number, utc: boolean): { from: Day; to: Day } {
  const [start, end] = from <= to ? [from, to] : [to, from]
  return { from: dayOf(new Date(start), utc), to: dayOf(new Date(end), utc) }
}
