import { queryOptions } from '@tanstack/react-query'
import { getBackend } from './connection'
import type { UsageQuery } from './types'

export const usageQueries = {
  all: () => ['usage'] as const,
  lists: () => [...usageQueries.all(), 'list'] as const,
  list: (query: UsageQuery) =>
    queryOptions({
      queryKey: [...usageQueries.lists(), query] as const,
      queryFn: ({ signal }) => getBackend().listUsage(query, signal),
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
