import fc from 'fast-check'
import { addDays, addMonths, dayEnd, dayOf, dayStart, daysBetween, isDay } from './days'

describe('days', () => {
  it('accepts only real calendar days', () => {
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2026-1-01')).toBe(false)
    expect(isDay(20260101)).toBe(false)
  })

  it('spans a UTC day from its first to its last millisecond', () => {
    expect(dayStart('2026-11-21', true)).toBe('2026-11-21T00:00:00.000Z')
    expect(dayEnd('2026-11-21', true)).toBe('2026-11-21T23:59:59.999Z')
  })

  it('spans a local day in the local zone', () => {
    const start = new Date(dayStart('2026-03-29'))
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2026, 2, 29, 0,
    ])
    const end = new Date(dayEnd('2026-03-29'))
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getMilliseconds()]).toEqual([
      29, 23, 59, 999,
    ])
  })

  it('moves by days and months across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addMonths('2026-11-21', -12)).toBe('2025-11-21')
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(30)
  })

  it('round-trips any day through its start instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const day = dayOf(date, true)
          expect(dayOf(new Date(dayStart(day, true)), true)).toBe(day)
          expect(dayOf(new Date(dayStart(day)))).toBe(day)
          expect(addDays(addDays(day, 40), -40)).toBe(day)
        },
      ),
    )
  })
})
