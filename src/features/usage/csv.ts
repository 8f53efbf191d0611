import Papa from 'papaparse'
import type { UsageEntry } from '../../api/types'

/**
 * A cell a spreadsheet would run as a formula starts with one of these (OWASP, CSV injection), including
 * the full-width forms some spreadsheets also accept. Papa Parse prefixes such a cell with `'` and quotes
 * it, so it shows as text.
 */
export const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/

export const csvColumns = [
  'timestamp_utc',
  'operation',
  'description',
  'credits',
  'balance',
  'on_hold',
  'full_balance',
  'scan_id',
  'scan_status',
  'scan_profile',
  'scan_lows',
  'scan_mediums',
  'scan_highs',
  'scan_started_utc',
  'scan_completed_utc',
  'target_id',
  'target_name',
  'target_host',
  'target_url',
  'target_labels',
  'target_scope',
] as const

function toRecord({
  timestamp,
  operation,
  description,
  change,
  balance,
  onHold,
  fullBalance,
  scan,
  target,
}: UsageEntry) {
  return [
    timestamp,
    operation ?? '',
    description ?? '',
    change,
    balance,
    onHold,
    fullBalance,
    scan?.id ?? '',
    scan?.status ?? '',
    scan?.profile ?? '',
    scan?.lows ?? '',
    scan?.mediums ?? '',
    scan?.highs ?? '',
    scan?.started ?? '',
    scan?.completed ?? '',
    target?.id ?? '',
    target?.name ?? '',
    target?.host ?? '',
    target?.url ?? '',
    target?.labels.map((label) => label.name).join('; ') ?? '',
    target?.scope ?? '',
  ]
}

/** RFC 4180 CSV (CRLF, quotes doubled), one column per field, timestamps in UTC ISO 8601. */
export function usageToCsv(entries: readonly UsageEntry[]): string {
  return Papa.unparse(
    { fields: [...csvColumns], data: entries.map(toRecord) },
    { newline: '\r\n', escapeFormulae: formulaStart },
  )
}
