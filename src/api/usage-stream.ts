import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query'
import { getBackend } from './connection'
import type { UsageEntry, UsageQuery } from './types'
import { isKnownOperation, MAX_PAGE_SIZE, PAGE_CONCURRENCY, USAGE_KEY, type UsageTotals } from './usage-all'
import {
  appendRows,
  emptyColumns,
  operationCodes,
  toColumns,
  type ColumnBuffer,
  type UsageColumns,
} from './usage-columns'

export { operationCodes, descriptionAt, type OperationCode, type UsageColumns } from './usage-columns'

/** The part of a query the balance chart follows: the date range, nothing else. */
export type UsageRange = Pick<UsageQuery, 'startDt' | 'endDt'>

/** One page as it arrived, already in columns: its UsageEntry objects are garbage from here on. */
export type UsagePageChunk = {
  page: number
  /** Rows in the range, as this page's answer counted them. */
  count: number
  rows: UsageColumns
  /** On the first page: the balance before the range's first row. */
  opening: number | null
}

/** What the chart reads while pages stream in: the rows it can draw, and how far the loading is. */
export type UsageStream = {
  /** Rows in the range as the first page counted them; null until it arrives. */
  total: number | null
  /** Rows received so far, whatever their page. */
  received: number
  /** The rows of the pages received without a gap after the first, in time order: what can be drawn. */
  rows: UsageColumns
  /** The balance just before the range's first row, for "went from … to …". */
  opening: number | null
  /** Pages that came before an earlier one; they join `rows` when the gap fills. */
  pending: ReadonlyMap<number, UsageColumns>
  nextPage: number
  buffer: ColumnBuffer | null
}

export const emptyStream: UsageStream = {
  total: null,
  received: 0,
  rows: emptyColumns,
  opening: null,
  pending: new Map(),
  nextPage: 1,
  buffer: null,
}

/** The streamed query's reducer: every page counts as received; pages join the drawable rows in order. */
export function addPage(stream: UsageStream, chunk: UsagePageChunk): UsageStream {
  const pending = new Map(stream.pending).set(chunk.page, chunk.rows)
  let { rows, buffer, nextPage } = stream
  for (let next = pending.get(nextPage); next; next = pending.get(nextPage)) {
    pending.delete(nextPage)
    ;({ rows, buffer } = appendRows(rows, buffer, next))
    nextPage++
  }
  return {
    total: chunk.page === 1 ? chunk.count : stream.total,
    received: stream.received + chunk.rows.length,
    rows,
    opening: chunk.page === 1 ? chunk.opening : stream.opening,
    pending,
    nextPage,
    buffer,
  }
}

/** True once every page of the range has joined the drawable rows. */
export function isComplete(stream: UsageStream): boolean {
  return stream.total !== null && stream.pending.size === 0 && stream.rows.length >= stream.total
}

function toChunk(page: number, count: number, entries: readonly UsageEntry[]): UsagePageChunk {
  const first = entries[0]
  return {
    page,
    count,
    rows: toColumns(entries),
    opening: page === 1 && first ? first.balance - first.change : null,
  }
}

/**
 * Every row of the range, oldest first, at the largest page size the server accepts: the first page says
 * how many pages there are, then PAGE_CONCURRENCY requests run at a time and each page is yielded as soon
 * as it arrives. Stopping the iteration (or aborting `signal`) cancels the requests still running.
 */
export async function* streamUsagePages(
  range: UsageRange,
  signal: AbortSignal,
): AsyncGenerator<UsagePageChunk> {
  const backend = getBackend()
  const controller = new AbortController()
  const abort = () => controller.abort()
  signal.addEventListener('abort', abort)
  const load = async (page: number) => {
    const query: UsageQuery = { ...range, ordering: 'timestamp', page, length: MAX_PAGE_SIZE }
    const answer = await backend.listUsage(query, controller.signal)
    return { page, answer }
  }
  try {
    const first = await load(1)
    yield toChunk(1, first.answer.count, first.answer.entries)
    const inFlight = new Map<number, ReturnType<typeof load>>()
    let next = 2
    while (next <= first.answer.pageCount || inFlight.size > 0) {
      controller.signal.throwIfAborted()
      for (; inFlight.size < PAGE_CONCURRENCY && next <= first.answer.pageCount; next++)
        inFlight.set(next, load(next))
      const { page, answer } = await Promise.race(inFlight.values())
      inFlight.delete(page)
      yield toChunk(page, answer.count, answer.entries)
    }
  } finally {
    signal.removeEventListener('abort', abort)
    controller.abort()
  }
}

export const usageStreamQueries = {
  /**
   * The rows of a date range for the balance chart, growing as pages arrive; cached per range. A refetch
   * keeps the chart it has until the new rows are all in ('replace'), and focus does not refetch: for a
   * long range that would be hundreds of requests for a ledger that only grows at its end.
   */
  range: ({ startDt, endDt }: UsageRange) =>
    queryOptions({
      queryKey: [...USAGE_KEY, 'stream', { startDt, endDt }] as const,
      queryFn: streamedQuery({
        streamFn: ({ signal }) => streamUsagePages({ startDt, endDt }, signal),
        reducer: addPage,
        initialValue: emptyStream,
        refetchMode: 'replace',
      }),
      staleTime: 5 * 60_000,
      refetchOnWindowFocus: false,
      // Rows are typed arrays that only grow: comparing them deeply on every page would cost O(n²).
      structuralSharing: false,
    }),
}

/** Each operation code back to its operation. */
const operationOfCode = new Map<number, string>(
  Object.entries(operationCodes).map(([operation, code]) => [code, operation]),
)

/** The totals of rows held as columns, as sumUsage gives them for entries. */
export function sumColumns(rows: UsageColumns): UsageTotals {
  const totals: UsageTotals = { used: 0, purchased: 0, earned: 0, expired: 0, net: 0, count: rows.length }
  for (let i = 0; i < rows.length; i++) {
    const change = rows.change[i] ?? 0
    totals.net += change
    const operation = operationOfCode.get(rows.operation[i] ?? 0) ?? null
    if (isKnownOperation(operation)) totals[operation] += Math.abs(change)
  }
  return totals
}
