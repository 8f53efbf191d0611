import fc from 'fast-check'
import { buildSeries, daysOfSpan, domainOf } from './series'
import { columnsOf } from './test-rows'

const hour = 3_600_000
const start = Date.UTC(2026, 0, 1)

describe('buildSeries', () => {
  it('gives one step per row for balance and full balance, with the on-hold band between them', () => {
    const rows = columnsOf([
      { at: start, balance: 100, operation: 'earned' },
      { at: start + hour, balance: 90, onHold: 10 },
      { at: start + 2 * hour, balance: 590, onHold: 10, operation: 'purchased' },
      { at: start + 3 * hour, balance: 580 },
      { at: start + 4 * hour, balance: 500, operation: 'expired' },
    ])
    expect(buildSeries(rows, 1000)).toEqual([
      { t: start, balance: 100, full: 100, band: [100, 100], marker: 'grant', row: 0 },
      { t: start + hour, balance: 90, full: 100, band: [90, 100], marker: null, row: 1 },
      { t: start + 2 * hour, balance: 590, full: 600, band: [590, 600], marker: 'purchase', row: 2 },
      { t: start + 3 * hour, balance: 580, full: 580, band: [580, 580], marker: null, row: 3 },
      { t: start + 4 * hour, balance: 500, full: 500, band: [500, 500], marker: 'expiry', row: 4 },
    ])
  })

  it('moves rows that share a timestamp a millisecond apart, keeping the row they came from', () => {
    const rows = columnsOf([
      { at: start, balance: 10 },
      { at: start, balance: 9 },
      { at: start, balance: 8 },
      { at: start + 5, balance: 7 },
    ])
    expect(buildSeries(rows, 100).map(({ t, row }) => [t - start, row])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [5, 3],
    ])
  })

  it('downsamples to about a point per pixel, keeping both ends and every marker, in time order', () => {
    const operations = [
      'used',
      'used',
      'used',
      'used',
      'used',
      'used',
      'purchased',
      'earned',
      'expired',
      'refund',
    ]
    const rowsArbitrary = fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 10 * hour }),
        balance: fc.integer({ min: 0, max: 5000 }),
        onHold: fc.integer({ min: 0, max: 50 }),
        operation: fc.constantFrom(...operations),
      }),
      { minLength: 1, maxLength: 600 },
    )
    fc.assert(
      fc.property(rowsArbitrary, fc.integer({ min: 2, max: 300 }), (list, pixels) => {
        let at = start
        const rows = columnsOf(list.map((row) => ({ ...row, at: (at += row.gap) })))
        const points = buildSeries(rows, pixels)
        const markers = list.flatMap((row, i) =>
          ['purchased', 'earned', 'expired'].includes(row.operation) ? [i] : [],
        )
        expect(points.length).toBeLessThanOrEqual(
          Math.max(list.length === 1 ? 1 : 2, pixels) + markers.length,
        )
        expect(points[0]?.row).toBe(0)
        expect(points.at(-1)?.row).toBe(list.length - 1)
        const drawn = new Set(points.map((point) => point.row))
        for (const marker of markers) expect(drawn.has(marker)).toBe(true)
        for (let i = 1; i < points.length; i++)
          expect(points[i]?.t).toBeGreaterThan(points[i - 1]?.t ?? Infinity)
        for (const point of points) {
          expect(point.balance).toBe(list[point.row]?.balance)
          expect(point.full).toBe(point.balance + (list[point.row]?.onHold ?? 0))
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('domainOf', () => {
  const rows = columnsOf([
    { at: '2026-02-10T10:00:00Z', balance: 1 },
    { at: '2026-02-20T10:00:00Z', balance: 2 },
  ])

  it('spans the page’s range when it has one, so the chart lines up with the dates chosen', () => {
    const range = { startDt: '2026-02-01T00:00:00.000Z', endDt: '2026-02-28T23:59:59.999Z' }
    expect(domainOf(rows, range)).toEqual([Date.parse(range.startDt), Date.parse(range.endDt)])
  })

  it('spans the rows for an open range', () => {
    expect(domainOf(rows, { startDt: undefined, endDt: undefined })).toEqual([
      Date.parse('2026-02-10T10:00:00Z'),
      Date.parse('2026-02-20T10:00:00Z'),
    ])
  })
})

describe('daysOfSpan, in the page’s time zone', () => {
  const zone = process.env.TZ
  beforeAll(() => (process.env.TZ = 'America/New_York'))
  afterAll(() => (process.env.TZ = zone))

  // 22:30 on 7 March in New York is already 8 March in UTC; 00:30 EDT on 9 March is 04:30 UTC.
  const from = Date.parse('2026-03-08T03:30:00Z')
  const to = Date.parse('2026-03-09T04:30:00Z')

  it('reads local days for a local page', () => {
    expect(daysOfSpan(from, to, false)).toEqual({ from: '2026-03-07', to: '2026-03-09' })
  })

  it('reads UTC days for a UTC page', () => {
    expect(daysOfSpan(from, to, true)).toEqual({ from: '2026-03-08', to: '2026-03-09' })
  })

  it('orders a span dragged right to left', () => {
    expect(daysOfSpan(to, from, true)).toEqual({ from: '2026-03-08', to: '2026-03-09' })
  })
})
