import { getBackend } from './connection'
import type { UsageEntry, UsageQuery } from './types'

/** Every usage query's key starts here, so one invalidation refreshes them all. */
export const USAGE_KEY = ['usage'] as const

/** The server caps `length` at 100; pages beyond the first are fetched this many at a time. */
export const MAX_PAGE_SIZE = 100
export const PAGE_CONCURRENCY = 4

export type UsageProgress = { loaded: number; total: number }

/**
 * Every row matching `query` (its page and length are ignored), in server order. The API has no
 * aggregate endpoint, so totals, exports and the chart read the whole set: the first page says how
 * many there are, the rest follow a few at a time so a large range neither floods the server nor waits
 * page after page.
 */
export async function fetchAllUsage(
  query: UsageQuery,
  {
    signal,
    onProgress,
    maxPages = Infinity,
  }: { signal?: AbortSignal; onProgress?: (progress: UsageProgress) => void; maxPages?: number } = {},
): Promise<UsageEntry[]> {
  const backend = getBackend()
  const pageQuery = (page: number) => ({ ...query, page, length: MAX_PAGE_SIZE })
  const first = await backend.listUsage(pageQuery(1), signal)
  const pages: UsageEntry[][] = [first.entries]
  let loaded = first.entries.length
  onProgress?.({ loaded, total: first.count })

  const lastPage = Math.min(first.pageCount, maxPages)
  let next = 2
  const worker = async () => {
    while (next <= lastPage) {
      const page = next++
      const { entries } = await backend.listUsage(pageQuery(page), signal)
      pages[page - 1] = entries
      loaded += entries.length
      onProgress?.({ loaded, total: first.count })
    }
  }
  await Promise.all(Array.from({ length: Math.min(PAGE_CONCURRENCY, lastPage - 1) }, worker))
  return pages.flat()
}

export type UsageTotals = {
  used: number
  purchased: number
  earned: number
  expired: number
  /** Sum of signed changes, including rows of an unknown kind. */
  net: number
  count: number
}

const knownOperations = ['used', 'purchased', 'earned', 'expired'] as const
type KnownOperation = (typeof knownOperations)[number]

export function isKnownOperation(operation: string | null): operation is KnownOperation {
  return (knownOperations as readonly (string | null)[]).includes(operation)
}

/** Credits per operation as positive counts, and the net signed change. */
export function sumUsage(entries: readonly UsageEntry[]): UsageTotals {
  const totals: UsageTotals = { used: 0, purchased: 0, earned: 0, expired: 0, net: 0, count: entries.length }
  for (const { operation, change } of entries) {
    totals.net += change
    if (isKnownOperation(operation)) totals[operation] += Math.abs(change)
  }
  return totals
}
