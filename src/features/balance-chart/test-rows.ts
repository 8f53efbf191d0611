import type { UsageEntry } from '../../api/types'
import { toColumns, type UsageColumns } from '../../api/usage-columns'

export type TestRow = {
  at: string | number
  balance: number
  onHold?: number
  operation?: string
  description?: string
}

/** Columns from a few readable rows, the way the stream builds them from a page. */
export function columnsOf(rows: readonly TestRow[]): UsageColumns {
  return toColumns(
    rows.map(
      ({ at, balance, onHold = 0, operation = 'used', description = 'A scan' }) =>
        ({
          timestamp: typeof at === 'number' ? new Date(at).toISOString() : at,
          balance,
          onHold,
          operation,
          description,
        }) as UsageEntry,
    ),
  )
}
