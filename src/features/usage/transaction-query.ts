import type { UsageQuery } from '../../api/types'
import type { Day } from '../../lib/days'
import { toUsageQuery, type UsageSearch } from './search'

/**
 * The request for the transactions the URL describes: the usage page's query without the filters a
 * transaction cannot match (it has no target, label or scope), and dates instead of a balance to sort by.
 */
export function toTransactionQuery(search: UsageSearch, today: Day): UsageQuery {
  const { targets: _targets, labels: _labels, scope: _scope, ...query } = toUsageQuery(search, today)
  if (query.ordering === 'balance' || query.ordering === '-balance') query.ordering = '-timestamp'
  return query
}
