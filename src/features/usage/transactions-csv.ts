import Papa from 'papaparse'
import type { UsageEntry } from '../../api/types'
import { formulaStart } from './csv'

/** The columns a credit transaction has: no balance, scan or target (Conviso keeps none per row). */
export const transactionCsvColumns = [
  'timestamp_utc',
  'credit_type',
  'operation',
  'description',
  'credits',
  'id',
] as const

/** RFC 4180 CSV like the ledger export, with a transaction's own columns. */
export function transactionsToCsv(entries: readonly UsageEntry[]): string {
  return Papa.unparse(
    {
      fields: [...transactionCsvColumns],
      data: entries.map((entry) => [
        entry.timestamp,
        entry.creditType ?? '',
        entry.operation ?? '',
        entry.description ?? '',
        entry.change,
        entry.key,
      ]),
    },
    { newline: '\r\n', escapeFormulae: formulaStart },
  )
}
