import fc from 'fast-check'
import { parseSearch, stringifySearch } from './search-params'

describe('search params', () => {
  it('reads repeated keys as lists and single keys as strings', () => {
    expect(parseSearch('?operation=used&operation=earned&q=shop&page=2')).toEqual({
      operation: ['used', 'earned'],
      q: 'shop',
      page: '2',
    })
  })

  it('writes lists as repeated keys and leaves out empty values', () => {
    expect(
      stringifySearch({ operation: ['used', 'earned'], q: '', page: 2, scope: undefined, target: [] }),
    ).toBe('?operation=used&operation=earned&page=2')
  })

  it('round-trips any string values', () => {
    const value = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 4 }),
    )
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'),
          value,
        ),
        (record) => {
          expect(parseSearch(stringifySearch(record))).toEqual(record)
        },
      ),
    )
  })
})
