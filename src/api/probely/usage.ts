import type { UsageEntry, UsageOperation, UsagePage, UsageQuery } from '../types'
import type { UsagePageWire, UsageRowWire } from './usage-schema'

/**
 * Query string as Django REST Framework and django-filter read it: repeated keys for multi-value filters,
 * `ordering=-timestamp`, full ISO date-times, 1-based `page`, page size in `length`.
 */
export function toUsageSearchParams(query: UsageQuery): URLSearchParams {
  const params = new URLSearchParams()
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  set('start_dt', query.startDt)
  set('end_dt', query.endDt)
  for (const value of query.operations ?? []) params.append('operation', value)
  for (const value of query.targets ?? []) params.append('target', value)
  for (const value of query.labels ?? []) params.append('target__label', value)
  set('scope__name', query.scope)
  set('search', query.search?.trim())
  set('ordering', query.ordering)
  set('page', query.page)
  set('length', query.length)
  return params
}

const credited = new Set(['purchased', 'earned'])
const debited = new Set(['used', 'expired'])

/**
 * The row's kind: the server's `operation` when it sends one, else the only operation the list was
 * filtered to. Servers disagree on the sign of `amount`, so the signed change follows the kind, and
 * falls back to the sign the server used when the kind is unknown.
 */
export function toUsageEntry(row: UsageRowWire, index: number, query: UsageQuery = {}): UsageEntry {
  const filtered = query.operations?.length === 1 ? query.operations[0] : undefined
  const operation: UsageOperation | null = row.operation || filtered || null
  const magnitude = Math.abs(row.amount)
  const change =
    operation && credited.has(operation)
      ? magnitude
      : operation && debited.has(operation)
        ? -magnitude
        : row.amount
  const onHold = row.on_hold ?? 0
  const { scan, target } = row
  const site = target?.site
  return {
    key: `${row.timestamp}|${scan?.id ?? ''}|${index}`,
    timestamp: row.timestamp,
    description: row.description ?? null,
    operation,
    change,
    balance: row.balance,
    onHold,
    fullBalance: row.full_balance ?? row.balance + onHold,
    scan: scan
      ? {
          id: scan.id,
          status: scan.status || undefined,
          profile: scan.scan_profile,
          lows: scan.lows,
          mediums: scan.mediums,
          highs: scan.highs,
          started: scan.started,
          completed: scan.completed,
          created: scan.created,
        }
      : null,
    target: target
      ? {
          id: target.id,
          name: site?.name || target.name,
          host: site?.host,
          url: site?.url,
          labels: (target.labels ?? []).map(({ id, name, color }) => ({ id, name, color })),
          scope: scopeName(target.scope),
        }
      : null,
  }
}

/** Scope is not in the seed document; servers that have it send `{name}` or a plain string. */
function scopeName(scope: unknown): string | undefined {
  if (typeof scope === 'string') return scope || undefined
  if (scope && typeof scope === 'object' && 'name' in scope && typeof scope.name === 'string')
    return scope.name
  return undefined
}

export function toUsagePage(page: UsagePageWire, query: UsageQuery): UsagePage {
  const pageSize = page.length ?? query.length ?? page.results.length
  return {
    count: page.count,
    pageCount: page.page_total ?? Math.max(1, Math.ceil(page.count / Math.max(1, pageSize))),
    page: page.page ?? query.page ?? 1,
    pageSize,
    entries: page.results.map((row, index) => toUsageEntry(row, index, query)),
  }
}
