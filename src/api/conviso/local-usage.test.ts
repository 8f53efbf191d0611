import type { UsageEntry } from '../types'
import { queryUsage } from './local-usage'

const entry = (
  key: string,
  timestamp: string,
  change: number,
  extra: Partial<UsageEntry> = {},
): UsageEntry => ({
  key,
  timestamp,
  description: `Scan ${key}`,
  operation: change < 0 ? 'used' : 'refunded',
  change,
  balance: 0,
  onHold: 0,
  fullBalance: 0,
  scan: null,
  target: null,
  creditType: 'DAST',
  ...extra,
})

const rows = [
  entry('a', '2026-11-01T10:00:00.000Z', -5),
  entry('b', '2026-11-03T10:00:00.000Z', 5),
  entry('c', '2026-11-05T10:00:00.000Z', -20, {
    creditType: 'AI_PENTEST',
    description: 'AI pentest of shop',
  }),
  entry('d', '2026-11-07T10:00:00.000Z', -1),
]

const keys = (query: Parameters<typeof queryUsage>[1]) =>
  queryUsage(rows, query).entries.map((row) => row.key)

describe('queryUsage: the usage query answered over every transaction', () => {
  it('filters by an inclusive date range, by operation and by text in the description or credit type', () => {
    expect(keys({ startDt: '2026-11-03T10:00:00.000Z', endDt: '2026-11-05T10:00:00.000Z' })).toEqual([
      'c',
      'b',
    ])
    expect(keys({ operations: ['refunded'] })).toEqual(['b'])
    expect(keys({ search: 'ai pentest' })).toEqual(['c'])
    expect(keys({ search: 'AI_PENTEST' })).toEqual(['c'])
  })

  it('matches nothing on a target, label or scope: transactions have none', () => {
    expect(keys({ targets: ['t1'] })).toEqual([])
    expect(keys({ scope: 'Retail' })).toEqual([])
  })

  it('sorts newest first by default, by date or by credits on request', () => {
    expect(keys({})).toEqual(['d', 'c', 'b', 'a'])
    expect(keys({ ordering: 'timestamp' })).toEqual(['a', 'b', 'c', 'd'])
    expect(keys({ ordering: 'amount' })).toEqual(['c', 'a', 'd', 'b'])
    expect(keys({ ordering: '-amount' })).toEqual(['b', 'd', 'a', 'c'])
  })

  it('pages like the REST list: 1-based, 10 by default, at most 100, past the end is Invalid page', () => {
    expect(queryUsage(rows, { length: 3, page: 2 })).toMatchObject({
      count: 4,
      pageCount: 2,
      page: 2,
      pageSize: 3,
    })
    expect(queryUsage(rows, {}).pageSize).toBe(10)
    expect(queryUsage(rows, { length: 500 }).pageSize).toBe(100)
    expect(queryUsage([], {})).toMatchObject({ count: 0, pageCount: 1, entries: [] })
    expect(() => queryUsage(rows, { page: 3, length: 3 })).toThrow('Invalid page.')
    expect(() => queryUsage(rows, { page: 0 })).toThrow('Invalid page.')
  })
})
