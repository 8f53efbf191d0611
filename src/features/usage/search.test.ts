import fc from 'fast-check'
import { parseSearch, stringifySearch } from '../../lib/search-params'
import { toUsageQuery, usageSearchSchema, withoutDefaults, type UsageSearch } from './search'

const fromUrl = (query: string) => usageSearchSchema.parse(parseSearch(query))
const toUrl = (search: Partial<UsageSearch>) => stringifySearch(withoutDefaults(search))

describe('usage URL state', () => {
  it('reads every parameter, repeated keys as lists', () => {
    expect(
      fromUrl(
        '?from=2026-10-01&to=2026-10-31&tz=utc&operation=used&operation=earned&target=t1&label=pci&scope=Retail&q=shop&ordering=-amount&page=3&length=50',
      ),
    ).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      range: undefined,
      tz: 'utc',
      operation: ['used', 'earned'],
      target: ['t1'],
      label: ['pci'],
      scope: 'Retail',
      q: 'shop',
      ordering: '-amount',
      page: 3,
      length: 50,
    })
  })

  it('falls back to defaults for invalid values, without an error', () => {
    const search = fromUrl('?from=2026-02-30&tz=local&ordering=price&page=-1&length=7&q=&range=some')
    expect(withoutDefaults(search)).toEqual({})
  })

  it('keeps defaults out of the URL', () => {
    expect(toUrl({ ...fromUrl(''), page: 1, length: 25, ordering: '-timestamp' })).toBe('')
  })

  it('asks the API for whole days, in UTC when asked', () => {
    expect(toUsageQuery(fromUrl('?from=2026-10-01&to=2026-10-31&tz=utc'), '2026-11-21')).toMatchObject({
      startDt: '2026-10-01T00:00:00.000Z',
      endDt: '2026-10-31T23:59:59.999Z',
      ordering: '-timestamp',
      page: 1,
      length: 25,
    })
  })

  it('defaults to the last 90 days, and all time when asked', () => {
    const query = toUsageQuery(fromUrl('?tz=utc'), '2026-11-21')
    expect(query.startDt).toBe('2026-08-24T00:00:00.000Z')
    expect(query.endDt).toBe('2026-11-21T23:59:59.999Z')
    expect(toUsageQuery(fromUrl('?range=all'), '2026-11-21')).toMatchObject({
      startDt: undefined,
      endDt: undefined,
    })
  })

  it('turns a reversed range around', () => {
    expect(toUsageQuery(fromUrl('?from=2026-10-31&to=2026-10-01&tz=utc'), '2026-11-21').startDt).toBe(
      '2026-10-01T00:00:00.000Z',
    )
  })

  const day = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10))
  const word = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((value) => value.trim() === value && value !== '')
  const validSearch = fc.record(
    {
      from: day,
      to: day,
      tz: fc.constant('utc' as const),
      operation: fc.uniqueArray(fc.constantFrom('used', 'purchased', 'earned', 'expired'), { maxLength: 4 }),
      target: fc.uniqueArray(word, { maxLength: 3 }),
      label: fc.uniqueArray(word, { maxLength: 3 }),
      scope: word,
      q: word,
      ordering: fc.constantFrom('timestamp', 'amount', '-amount', 'balance', '-balance'),
      page: fc.integer({ min: 2, max: 5000 }),
      length: fc.constantFrom(10, 50, 100),
    },
    { requiredKeys: [] },
  )

  it('round-trips valid view state through the URL unchanged', () => {
    fc.assert(
      fc.property(validSearch, (search) => {
        expect(withoutDefaults(fromUrl(toUrl(search)))).toEqual(
          withoutDefaults(search as Partial<UsageSearch>),
        )
      }),
    )
  })

  it('never throws on an arbitrary query string', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))),
        (raw, record) => {
          expect(() => toUsageQuery(fromUrl(raw), '2026-11-21')).not.toThrow()
          expect(() => toUsageQuery(usageSearchSchema.parse(record), '2026-11-21')).not.toThrow()
        },
      ),
    )
  })
})
