import { describe, expect, it } from 'vitest'
import { parseDjangoDateTime, parseOrdering, parsePageNumber, parsePageSize, searchTerms } from './drf'

describe('DRF parsing rules', () => {
  it.each([
    ['2026-11-21T14:05:00Z', '2026-11-21T14:05:00.000Z'],
    ['2026-11-21T14:05:00.8208302', '2026-11-21T14:05:00.820Z'],
    ['2026-11-21 14:05', '2026-11-21T14:05:00.000Z'],
    ['2026-11-21', '2026-11-21T00:00:00.000Z'],
    ['2026-11-21T14:05:00+01:00', '2026-11-21T13:05:00.000Z'],
    ['2026-11-21T14:05:00-0230', '2026-11-21T16:35:00.000Z'],
  ])('reads %s as a date-time', (value, expected) => {
    expect(new Date(parseDjangoDateTime(value) ?? NaN).toISOString()).toBe(expected)
  })

  it.each(['yesterday', '2026-02-30', '2026-11-21T25:00', '21/11/2026', '2026-11-21Z', ''])(
    'rejects %j',
    (value) => {
      expect(parseDjangoDateTime(value)).toBeNull()
    },
  )

  it('reads page numbers like Django', () => {
    expect(parsePageNumber(null, 5)).toBe(1)
    expect(parsePageNumber('', 5)).toBe(1)
    expect(parsePageNumber('last', 5)).toBe(5)
    expect(parsePageNumber(' 2 ', 5)).toBe(2)
    for (const bad of ['0', '6', '-1', '1.0', 'two']) expect(parsePageNumber(bad, 5)).toBeNull()
  })

  it('reads page sizes like PageNumberPagination', () => {
    expect(parsePageSize('25', 10, 100)).toBe(25)
    expect(parsePageSize('250', 10, 100)).toBe(100)
    for (const bad of [null, '0', '-5', 'many']) expect(parsePageSize(bad, 10, 100)).toBe(10)
  })

  it('keeps known ordering terms and falls back when none is left', () => {
    const fields = ['timestamp', 'amount'] as const
    expect(parseOrdering('-amount, timestamp,bogus', fields, '-timestamp')).toEqual([
      { field: 'amount', descending: true },
      { field: 'timestamp', descending: false },
    ])
    expect(parseOrdering('bogus', fields, '-timestamp')).toEqual([{ field: 'timestamp', descending: true }])
  })

  it('splits search terms on spaces and commas, keeping quoted phrases', () => {
    expect(searchTerms('Shop, "Full scan"  api')).toEqual(['shop', 'full scan', 'api'])
    expect(searchTerms('')).toEqual([])
  })
})
