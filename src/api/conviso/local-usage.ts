import { ApiError } from '../errors'
import type { UsageEntry, UsagePage, UsageQuery } from '../types'

/** The largest page, as the other backends' usage lists cap it. */
const MAX_LENGTH = 100
const DEFAULT_LENGTH = 10

const words = (text: string) => text.toLowerCase().replace(/[_-]+/g, ' ')

function matches(entry: UsageEntry, query: UsageQuery): boolean {
  if (query.startDt && entry.timestamp < query.startDt) return false
  if (query.endDt && entry.timestamp > query.endDt) return false
  if (query.operations?.length && !query.operations.includes(entry.operation ?? '')) return false
  // Transactions have no target, label or scope: a filter on one matches none of them.
  if (query.targets?.length || query.labels?.length || query.scope) return false
  const needle = query.search?.trim()
  if (needle) {
    const haystack = words(`${entry.description ?? ''} ${entry.creditType ?? ''}`)
    if (!haystack.includes(words(needle))) return false
  }
  return true
}

/** Dates, then amounts; ties keep the newest first so paging is stable. There is no balance to sort by. */
function compare(ordering: UsageQuery['ordering']) {
  const byTime = (a: UsageEntry, b: UsageEntry) =>
    b.timestamp.localeCompare(a.timestamp) || a.key.localeCompare(b.key)
  switch (ordering) {
    case 'timestamp':
      return (a: UsageEntry, b: UsageEntry) => -byTime(a, b)
    case 'amount':
      return (a: UsageEntry, b: UsageEntry) => a.change - b.change || byTime(a, b)
    case '-amount':
      return (a: UsageEntry, b: UsageEntry) => b.change - a.change || byTime(a, b)
    default:
      return byTime
  }
}

/**
 * A usage query answered over rows held in memory: the GraphQL API returns every transaction at once,
 * with no filters, so dates, operations and search are applied here, on the whole set. Paging follows
 * the REST list: 1-based, `length` capped at 100, a page past the end is "Invalid page." (404).
 */
export function queryUsage(entries: readonly UsageEntry[], query: UsageQuery): UsagePage {
  const rows = entries.filter((entry) => matches(entry, query)).sort(compare(query.ordering))
  const pageSize = Math.min(MAX_LENGTH, query.length && query.length > 0 ? query.length : DEFAULT_LENGTH)
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize))
  const page = query.page ?? 1
  if (!Number.isInteger(page) || page < 1 || page > pageCount)
    throw new ApiError('not_found', 'Invalid page.', 404)
  return {
    count: rows.length,
    pageCount,
    page,
    pageSize,
    entries: rows.slice((page - 1) * pageSize, page * pageSize),
  }
}
