import { operationCodes, type UsageColumns } from '../../api/usage-stream'

export type BalanceExtreme = { value: number; at: number }

/** What the chart says in words, over every row of the range (not only the points drawn). */
export type BalanceSummary = {
  entries: number
  /** When the range starts (its first row, where it has no start of its own) and ends (its last row). */
  from: number
  to: number
  /** The balance just before the range's first row. */
  opening: number
  /** The balance after its last row. */
  closing: number
  /** closing − opening: the sum of every change in the range. */
  net: number
  lowest: BalanceExtreme
  highest: BalanceExtreme
  purchases: number
  grants: number
  expiries: number
}

/** One pass over the columns; null without rows. The first lowest and highest win a tie. */
export function summarize(
  rows: UsageColumns,
  opening: number | null,
  rangeStart?: number,
): BalanceSummary | null {
  const { length, time, balance, operation } = rows
  if (length === 0) return null
  const first = balance[0] as number
  let [low, lowAt, high, highAt] = [first, 0, first, 0]
  const counts = new Uint32Array(256)
  for (let i = 0; i < length; i++) {
    const value = balance[i] as number
    if (value < low) [low, lowAt] = [value, i]
    if (value > high) [high, highAt] = [value, i]
    const code = operation[i] as number
    counts[code] = (counts[code] as number) + 1
  }
  const closing = balance[length - 1] as number
  const start = opening ?? first
  return {
    entries: length,
    from: rangeStart ?? (time[0] as number),
    to: time[length - 1] as number,
    opening: start,
    closing,
    net: closing - start,
    lowest: { value: low, at: time[lowAt] as number },
    highest: { value: high, at: time[highAt] as number },
    purchases: counts[operationCodes.purchased] ?? 0,
    grants: counts[operationCodes.earned] ?? 0,
    expiries: counts[operationCodes.expired] ?? 0,
  }
}
