import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { setLatency } from '../mocks/demo-state'
import { server } from '../mocks/node'
import { demoConnection } from '../test/render'
import { setConnection } from './connection'
import { emptyColumns, toColumns } from './usage-columns'
import { fetchAllUsage, sumUsage } from './usage-all'
import { usageQueries } from './usage'
import {
  addPage,
  descriptionAt,
  emptyStream,
  isComplete,
  operationCodes,
  streamUsagePages,
  sumColumns,
  usageStreamQueries,
  type UsagePageChunk,
} from './usage-stream'
import type { UsageEntry } from './types'

const range = { startDt: '2000-01-01T00:00:00.000Z', endDt: undefined }

function usageRequests() {
  const seen: URLSearchParams[] = []
  let inFlight = 0
  const peak = { value: 0 }
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).searchParams)
    peak.value = Math.max(peak.value, ++inFlight)
  })
  server.events.on('response:mocked', () => void inFlight--)
  return { seen, peak }
}

beforeEach(() => setConnection(demoConnection))
afterEach(() => {
  server.events.removeAllListeners()
  setLatency(0)
})

describe('the usage stream of a range', () => {
  it('reads every row oldest first, 100 a page, four requests at a time, into columns', async () => {
    setLatency([1, 4])
    const { seen, peak } = usageRequests()
    const client = new QueryClient()
    const snapshots: number[] = []
    client.getQueryCache().subscribe(({ query }) => {
      const data = query.state.data as typeof emptyStream | undefined
      if (data && data.rows.length !== snapshots.at(-1)) snapshots.push(data.rows.length)
    })
    const stream = await client.fetchQuery(usageStreamQueries.range(range))
    const entries = (await fetchAllUsage(range)).reverse()

    expect(isComplete(stream)).toBe(true)
    expect(stream.total).toBe(entries.length)
    expect(stream.rows.length).toBe(entries.length)
    expect(Array.from(stream.rows.time.subarray(0, 5))).toEqual(
      entries.slice(0, 5).map((entry) => Date.parse(entry.timestamp)),
    )
    const last = entries.length - 1
    expect(stream.rows.balance[last]).toBe(entries[last]?.balance)
    expect(descriptionAt(stream.rows, last)).toBe(entries[last]?.description)
    expect(stream.opening).toBe((entries[0]?.balance ?? 0) - (entries[0]?.change ?? 0))
    const purchases = entries.filter((entry) => entry.operation === 'purchased').length
    expect(stream.rows.operation.subarray(0, stream.rows.length).filter((code) => code === 2).length).toBe(
      purchases,
    )

    const streamed = seen.filter((params) => params.get('ordering') === 'timestamp')
    expect(new Set(streamed.map((params) => params.get('length')))).toEqual(new Set(['100']))
    expect(streamed.every((params) => params.get('start_dt') === range.startDt)).toBe(true)
    expect(peak.value).toBeGreaterThan(1)
    expect(peak.value).toBeLessThanOrEqual(4)
    // Drawn progressively: the drawable rows grew page by page, not all at once at the end.
    expect(snapshots.length).toBeGreaterThan(10)
  })

  it('stops requesting pages when its signal is aborted', async () => {
    setLatency([2, 5])
    const { seen } = usageRequests()
    const controller = new AbortController()
    const pages = streamUsagePages(range, controller.signal)
    const first = (await pages.next()).value as UsagePageChunk
    await pages.next()
    controller.abort()
    const requested = seen.length
    await expect(pages.next()).rejects.toThrow()
    expect(seen.length).toBe(requested)
    expect(requested).toBeLessThan(first.count / 100)
  })

  it('fails when a page fails', async () => {
    server.use(
      http.get('*/account/credits/usage/', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '3'
          ? HttpResponse.json({ detail: 'Boom.' }, { status: 500 })
          : undefined,
      ),
    )
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    await expect(client.fetchQuery(usageStreamQueries.range(range))).rejects.toMatchObject({ kind: 'server' })
  })
})

const entry = (timestamp: string, balance: number, operation: string, description: string | null) =>
  ({ timestamp, balance, onHold: 1, change: 5, operation, description }) as UsageEntry

function chunk(page: number, balances: number[]): UsagePageChunk {
  const rows = toColumns(
    balances.map((balance, i) =>
      entry(new Date(Date.UTC(2026, 0, page, i)).toISOString(), balance, 'used', `page ${page}`),
    ),
  )
  return { page, count: 6, rows, opening: page === 1 ? 0 : null }
}

describe('addPage', () => {
  it('counts pages as they come and joins them to the drawable rows in order', () => {
    let stream = addPage(emptyStream, chunk(2, [3, 4]))
    expect(stream).toMatchObject({ received: 2, total: null, rows: { length: 0 } })
    stream = addPage(stream, chunk(1, [1, 2]))
    expect(stream).toMatchObject({ received: 4, total: 6, rows: { length: 4 }, opening: 0 })
    expect(Array.from(stream.rows.balance.subarray(0, 4))).toEqual([1, 2, 3, 4])
    expect(isComplete(stream)).toBe(false)
    stream = addPage(stream, chunk(3, [5, 6]))
    expect(isComplete(stream)).toBe(true)
    expect(descriptionAt(stream.rows, 5)).toBe('page 3')
  })

  it('never changes what an earlier snapshot reads, even when appended to twice', () => {
    const first = addPage(emptyStream, chunk(1, [1, 2]))
    const later = addPage(first, chunk(2, [3, 4]))
    const branch = addPage(first, chunk(2, [30, 40]))
    expect(Array.from(first.rows.balance.subarray(0, first.rows.length))).toEqual([1, 2])
    expect(Array.from(later.rows.balance.subarray(0, 4))).toEqual([1, 2, 3, 4])
    expect(Array.from(branch.rows.balance.subarray(0, 4))).toEqual([1, 2, 30, 40])
  })

  it('codes operations in a byte, unknown ones as other, and keeps each text once', () => {
    const rows = toColumns([
      entry('2026-01-01T00:00:00Z', 1, 'purchased', 'same'),
      entry('2026-01-01T00:00:01Z', 1, 'refunded', 'same'),
      entry('2026-01-01T00:00:02Z', 1, 'constructor', null),
    ])
    expect(Array.from(rows.operation)).toEqual([operationCodes.purchased, 0, 0])
    expect(rows.texts).toEqual([null, 'same'])
    expect(descriptionAt(rows, 2)).toBeNull()
    expect(descriptionAt(emptyColumns, 0)).toBeNull()
  })
})

describe('totals of a date range', () => {
  it('are counted from the balance chart’s rows, the same as from every entry, without fetching the range again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const last90Days = { startDt: '2026-08-24T00:00:00.000Z', endDt: undefined }
    const entries = await fetchAllUsage(last90Days)
    const { seen } = usageRequests()
    const stream = await client.fetchQuery(usageStreamQueries.range(last90Days))
    const chartRequests = seen.length
    const totals = await client.fetchQuery(usageQueries.totals({ ...last90Days, page: 3, length: 25 }))
    expect(totals).toEqual(sumUsage(entries))
    expect(totals).toEqual(sumColumns(stream.rows))
    expect(seen).toHaveLength(chartRequests)
  })

  it('with any other filter set, come from the filtered rows', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const query = { ...range, operations: ['purchased'] }
    const totals = await client.fetchQuery(usageQueries.totals(query))
    expect(totals).toEqual(sumUsage(await fetchAllUsage(query)))
    expect(totals.used).toBe(0)
    expect(totals.purchased).toBeGreaterThan(0)
  })
})
