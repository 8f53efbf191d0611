import { tickLabel, timeTicks } from './ticks'

const iso = (ms: number) => new Date(ms).toISOString()

describe('timeTicks', () => {
  const zone = process.env.TZ
  beforeAll(() => (process.env.TZ = 'Europe/Berlin'))
  afterAll(() => (process.env.TZ = zone))

  it('marks weeks of a 90-day range at UTC midnight on the 1st, 8th, 15th and 22nd for a UTC page', () => {
    const { unit, ticks } = timeTicks(
      Date.parse('2026-01-01T00:00:00Z'),
      Date.parse('2026-03-31T23:59:59Z'),
      true,
      12,
    )
    expect(unit).toBe('day')
    expect(ticks.length).toBeLessThanOrEqual(12)
    expect(ticks.map(iso).slice(0, 5)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-08T00:00:00.000Z',
      '2026-01-15T00:00:00.000Z',
      '2026-01-22T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ])
  })

  it('keeps local days at local midnight across a daylight-saving change', () => {
    // Berlin leaves summer time on 25 October 2026: that day has 25 hours.
    const { unit, ticks } = timeTicks(
      Date.parse('2026-10-22T22:00:00Z'),
      Date.parse('2026-10-28T12:00:00Z'),
      false,
      10,
    )
    expect(unit).toBe('day')
    expect(ticks.map((ms) => new Date(ms).getHours())).toEqual(ticks.map(() => 0))
    expect(ticks.map(iso)).toContain('2026-10-24T22:00:00.000Z')
    expect(ticks.map(iso)).toContain('2026-10-25T23:00:00.000Z')
  })

  it('uses hours for a span of two days, naming the day at midnight', () => {
    const from = Date.parse('2026-03-10T00:00:00Z')
    const { unit, ticks } = timeTicks(from, from + 2 * 86_400_000, true, 10)
    expect(unit).toBe('hour')
    expect(ticks.map((ms) => new Date(ms).getUTCHours())).toEqual([0, 6, 12, 18, 0, 6, 12, 18, 0])
    expect(tickLabel(ticks[0] ?? 0, unit, true)).toMatch(/10/)
    expect(tickLabel(ticks[0] ?? 0, unit, true)).toMatch(/Mar/)
    expect(tickLabel(ticks[1] ?? 0, unit, true)).toMatch(/0?6:00/)
  })

  it('uses months for three years, on the first of a month in the page’s zone', () => {
    const { unit, ticks } = timeTicks(
      Date.parse('2023-10-01T00:00:00Z'),
      Date.parse('2026-11-20T00:00:00Z'),
      false,
      12,
    )
    expect(unit).toBe('month')
    expect(ticks.length).toBeLessThanOrEqual(12)
    for (const ms of ticks) {
      const date = new Date(ms)
      expect([date.getDate(), date.getHours(), date.getMonth() % 6]).toEqual([1, 0, 0])
    }
  })

  it('labels the same instant by the zone the page shows', () => {
    const instant = Date.parse('2026-06-30T23:00:00Z') // 1 July, 01:00 in Berlin
    expect(tickLabel(instant, 'day', true)).toMatch(/30/)
    expect(tickLabel(instant, 'day', false)).toMatch(/1/)
    expect(tickLabel(instant, 'day', false)).toMatch(/Jul/)
  })
})
