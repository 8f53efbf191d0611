import { usageRowSchema } from './usage-schema'
import { toUsageEntry, toUsageSearchParams } from './usage'

describe('toUsageSearchParams', () => {
  it('encodes filters the way django-filter reads them', () => {
    const params = toUsageSearchParams({
      startDt: '2026-10-01T00:00:00.000Z',
      endDt: '2026-10-31T23:59:59.999Z',
      operations: ['used', 'earned'],
      targets: ['t1', 't2'],
      labels: ['production'],
      scope: 'Retail',
      search: '  shop ',
      ordering: '-timestamp',
      page: 2,
      length: 50,
    })
    expect(params.toString()).toBe(
      'start_dt=2026-10-01T00%3A00%3A00.000Z&end_dt=2026-10-31T23%3A59%3A59.999Z&operation=used&operation=earned' +
        '&target=t1&target=t2&target__label=production&scope__name=Retail&search=shop&ordering=-timestamp&page=2&length=50',
    )
  })

  it('leaves out what is not set', () => {
    expect(toUsageSearchParams({ search: '   ', operations: [] }).toString()).toBe('')
  })
})

describe('toUsageEntry', () => {
  const row = (extra: object) =>
    usageRowSchema.parse({ timestamp: '2026-11-01T10:00:00Z', amount: 5, balance: 100, ...extra })

  it('signs the change by operation, whatever sign the server used', () => {
    expect(toUsageEntry(row({ operation: 'used' }), 0).change).toBe(-5)
    expect(toUsageEntry(row({ operation: 'expired', amount: -5 }), 0).change).toBe(-5)
    expect(toUsageEntry(row({ operation: 'purchased', amount: -5 }), 0).change).toBe(5)
  })

  it('takes the operation from a single-operation filter, else keeps the server sign', () => {
    expect(toUsageEntry(row({}), 0, { operations: ['earned'] })).toMatchObject({
      operation: 'earned',
      change: 5,
    })
    expect(toUsageEntry(row({ amount: -3 }), 0)).toMatchObject({ operation: null, change: -3 })
  })

  it('derives the full balance when the server leaves it out', () => {
    expect(toUsageEntry(row({ on_hold: 7 }), 0).fullBalance).toBe(107)
  })
})
