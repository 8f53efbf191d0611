import { summarize } from './summary'
import { columnsOf } from './test-rows'
import { emptyColumns } from '../../api/usage-columns'

describe('summarize', () => {
  const rows = columnsOf([
    { at: '2026-03-01T00:00:00Z', balance: 600, operation: 'earned' },
    { at: '2026-03-02T10:00:00Z', balance: 20 },
    { at: '2026-03-03T10:00:00Z', balance: 520, operation: 'purchased' },
    { at: '2026-03-04T10:00:00Z', balance: 20 },
    { at: '2026-03-05T10:00:00Z', balance: 1020, operation: 'purchased' },
    { at: '2026-03-31T23:59:59Z', balance: 900, operation: 'expired' },
  ])

  it('reads start, end, net change, extremes with their time, and what moved the balance', () => {
    expect(summarize(rows, 100, Date.parse('2026-03-01T00:00:00Z'))).toEqual({
      entries: 6,
      from: Date.parse('2026-03-01T00:00:00Z'),
      to: Date.parse('2026-03-31T23:59:59Z'),
      opening: 100,
      closing: 900,
      net: 800,
      // The first of two equal lows.
      lowest: { value: 20, at: Date.parse('2026-03-02T10:00:00Z') },
      highest: { value: 1020, at: Date.parse('2026-03-05T10:00:00Z') },
      purchases: 2,
      grants: 1,
      expiries: 1,
    })
  })

  it('starts from the first row when the opening balance and the range start are unknown', () => {
    expect(summarize(rows, null)).toMatchObject({
      opening: 600,
      net: 300,
      from: Date.parse('2026-03-01T00:00:00Z'),
    })
  })

  it('has nothing to say without rows', () => {
    expect(summarize(emptyColumns, null)).toBeNull()
  })
})
