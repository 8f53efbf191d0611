import { queryOptions } from '@tanstack/react-query'
import { getBackend } from './connection'
import type { UsageEntry, UsageQuery } from './types'
import { filtersOf, usageQueries } from './usage'
import { fetchAllUsage } from './usage-all'

export type MovementTotals = {
  /** The kind of credit (null when the rows do not say); kinds are never added together. */
  creditType: string | null
  /** Credits taken (debits), as a positive count. */
  debited: number
  /** Credits given back (refunds). */
  credited: number
  net: number
  count: number
}

/**
 * Totals by direction and by kind of credit, for rows whose operations are not the ledger's four
 * (Conviso's debits and refunds), kinds in alphabetical order.
 */
export function sumMovements(entries: readonly UsageEntry[]): MovementTotals[] {
  const byType = new Map<string | null, MovementTotals>()
  for (const { change, creditType = null } of entries) {
    let totals = byType.get(creditType)
    if (!totals) byType.set(creditType, (totals = { creditType, debited: 0, credited: 0, net: 0, count: 0 }))
    totals.count += 1
    totals.net += change
    if (change < 0) totals.debited -= change
    else totals.credited += change
  }
  return [...byType.values()].sort((a, b) => (a.creditType ?? '').localeCompare(b.creditType ?? ''))
}

export const creditQueries = {
  all: () => ['credits'] as const,
  /** Credits by bucket, for backends that keep them apart (capabilities.creditBuckets). */
  buckets: () =>
    queryOptions({
      queryKey: [...creditQueries.all(), 'buckets'] as const,
      queryFn: ({ signal }) => getBackend().getCreditBuckets(signal),
    }),
  /** Debits and refunds over every row matching the filters; under the usage key, invalidated with it. */
  movements: (query: UsageQuery) =>
    queryOptions({
      queryKey: [...usageQueries.all(), 'movements', filtersOf(query)] as const,
      queryFn: async ({ signal }) => sumMovements(await fetchAllUsage(filtersOf(query), { signal })),
      staleTime: 5 * 60_000,
    }),
}
