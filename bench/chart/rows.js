// 100,000 usage rows for the chart: the demo's own heavy ledger (>100,000 rows over three years, with
// purchases, grants, expiries and credits on hold), read through the app's schema and mapping.
import { toUsageEntry } from '../../src/api/probely/usage'
import { usageRowSchema } from '../../src/api/probely/usage-schema'
import { toColumns } from '../../src/api/usage-columns'
import { generateDemoData } from '../../src/mocks/probely/generate'

/** A fixed day, so every run draws the same rows. */
const DAY = new Date('2026-11-01T00:00:00Z')

export function heavyRows(count) {
  const { usage } = generateDemoData('heavy', DAY)
  if (usage.length < count) throw new Error(`the heavy ledger has ${usage.length} rows, fewer than ${count}`)
  // Oldest first, as the chart receives them.
  const entries = usage.slice(-count).map((row, index) => toUsageEntry(usageRowSchema.parse(row), index))
  return toColumns(entries)
}
