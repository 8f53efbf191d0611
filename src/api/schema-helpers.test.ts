import fc from 'fast-check'
import { integer, normaliseTimestamp, timestamp } from './schema-helpers'

describe('timestamp', () => {
  it('reads a zone-less API timestamp as UTC and drops sub-millisecond digits', () => {
    expect(timestamp.parse('2023-08-09T13:27:43.8208302')).toBe('2023-08-09T13:27:43.820Z')
  })

  it('keeps explicit zones', () => {
    expect(normaliseTimestamp('2026-11-21T14:05:00+02:00')).toBe('2026-11-21T12:05:00.000Z')
    expect(normaliseTimestamp('2026-11-21T14:05:00Z')).toBe('2026-11-21T14:05:00.000Z')
  })

  it('gives an already normalised timestamp the same result as a date would, impossible dates included', () => {
    const digits = (length: number) =>
      fc.integer({ min: 0, max: 10 ** length - 1 }).map((value) => String(value).padStart(length, '0'))
    fc.assert(
      fc.property(
        fc.tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3)),
        ([year, month, day, hour, minute, second, ms]) => {
          const value = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`
          const date = new Date(value)
          expect(normaliseTimestamp(value)).toBe(Number.isNaN(date.getTime()) ? null : date.toISOString())
        },
      ),
    )
    expect(normaliseTimestamp('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z')
    expect(normaliseTimestamp('2026-02-29T00:00:00.000Z')).toBe('2026-03-01T00:00:00.000Z')
    expect(normaliseTimestamp('2026-13-01T00:00:00.000Z')).toBeNull()
  })

  it('rejects what does not parse', () => {
    expect(timestamp.safeParse('yesterday').success).toBe(false)
    expect(timestamp.safeParse('2026-13-45T99:00:00').success).toBe(false)
  })
})

describe('integer', () => {
  it('accepts numbers and numeric strings, rejects the rest', () => {
    expect(integer.parse(42)).toBe(42)
    expect(integer.parse('-7')).toBe(-7)
    expect(integer.safeParse('4.5').success).toBe(false)
    expect(integer.safeParse('lots').success).toBe(false)
    expect(integer.safeParse(null).success).toBe(false)
  })

  it('rejects digit strings too long to be an exact number, instead of reading Infinity', () => {
    expect(integer.parse('999999999999999')).toBe(999_999_999_999_999)
    expect(integer.safeParse('9'.repeat(400)).success).toBe(false)
    expect(integer.safeParse(2 ** 60).success).toBe(false)
  })
})
