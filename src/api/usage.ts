import { queryOptions } from '@tanstack/react-query'
import { getBackend, offers } from './connection'
import type { UsageQuery } from './types'
import { fetchAllUsage, MAX_PAGE_SIZE, sumUsage, USAGE_KEY } from './usage-all'

export const RECENT_PAGES = 10
export const RECENT_ROWS = RECENT_PAGES * MAX_PAGE_SIZE

/** The filter part of a query: totals and exports cover every page, so page and ordering don't matter. */
export function filtersOf({
  page: _page,
  length: _length,
  ordering: _ordering,
  ...filters
}: UsageQuery): UsageQuery {
  return filters
}

function isRangeOnly({ startDt: _start, endDt: _end, ...others }: UsageQuery): boolean {
  return Object.values(others).every(
    (value) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0),
  )
}

export const usageQueries = {
  all: () => USAGE_KEY,
  lists: () => [...usageQueries.all(), 'list'] as const,
  list: (query: UsageQuery) =>
    queryOptions({
      queryKey: [...usageQueries.lists(), query] as const,
      queryFn: ({ signal }) => getBackend().listUsage(query, signal),
    }),
  /** Credits used, purchased, earned and expired over every row matching the filters. */
  totals: (query: UsageQuery) => {
    const filters = filtersOf(query)
    // A date range and nothing else is what the balance chart loads: count its rows rather than
    // download the same pages a second time.
    const fromChart = offers('usageLedger') && isRangeOnly(filters)
    return queryOptions({
      queryKey: [...usageQueries.all(), 'totals', filters, { fromChart }] as const,
      queryFn: async ({ signal, client }) => {
        if (!fromChart) return sumUsage(await fetchAllUsage(filters, { signal }))
        // Imported here: the stream's code comes with the chart, not with the first page.
        const { sumColumns, usageStreamQueries } = await import('./usage-stream')
        return sumColumns((await client.fetchQuery(usageStreamQueries.range(filters))).rows)
      },
      staleTime: 5 * 60_000,
      // The chart's query retries its own requests; retrying here as well would multiply them.
      ...(fromChart ? { retry: false } : {}),
    })
  },
  /**
   * The newest rows of a date range (at most RECENT_PAGES pages): the API has no endpoint listing
   * targets, labels or scopes, so the filters offer the ones these rows reveal.
   */
  recent: (range: Pick<UsageQuery, 'startDt' | 'endDt'>) =>
    queryOptions({
      queryKey: [...usageQueries.all(), 'recent', range] as const,
      queryFn: ({ signal }) => fetchAllUsage(range, { signal, maxPages: RECENT_PAGES }),
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
