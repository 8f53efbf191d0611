import { queryOptions } from '@tanstack/react-query'
import { getBackend } from './connection'
import type { UsageQuery } from './types'
import { fetchAllUsage, sumUsage } from './usage-all'

/** The filter part of a query: totals and exports cover every page, so page and ordering don't matter. */
function filtersOf({
  page: _page,
  length: _length,
  ordering: _ordering,
  ...filters
}: UsageQuery): UsageQuery {
  return filters
}

export const usageQueries = {
  all: () => ['usage'] as const,
  lists: () => [...usageQueries.all(), 'list'] as const,
  list: (query: UsageQuery) =>
    queryOptions({
      queryKey: [...usageQueries.lists(), query] as const,
      queryFn: ({ signal }) => getBackend().listUsage(query, signal),
    }),
  /** Credits used, purchased, earned and expired over every row matching the filters. */
  totals: (query: UsageQuery) =>
    queryOptions({
      queryKey: [...usageQueries.all(), 'totals', filtersOf(query)] as const,
      queryFn: async ({ signal }) => sumUsage(await fetchAllUsage(filtersOf(query), { signal })),
      staleTime: 5 * 60_000,
    }),
  /** The newest ledger row carries the current balance, on hold and full balance. */
  latest: () =>
    queryOptions({
      queryKey: [...usageQueries.all(), 'latest'] as const,
      queryFn: async ({ signal }) => {
        const page = await getBackend().listUsage({ ordering: '-timestamp', length: 1 }, signal)
        return page.entries[0] ?? null
      },
    }),
}
