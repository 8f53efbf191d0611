import fc from 'fast-check'
import Papa from 'papaparse'
import type { UsageEntry } from '../../api/types'
import { csvColumns, formulaStart, usageToCsv } from './csv'

const entry = (description: string | null, extra: Partial<UsageEntry> = {}): UsageEntry => ({
  key: 'k',
  timestamp: '2026-11-20T10:01:00.000Z',
  description,
  operation: 'used',
  change: -7,
  balance: 166,
  onHold: 0,
  fullBalance: 166,
  scan: null,
  target: {
    id: 't1',
    name: 'Shop, "main"',
    host: 'shop.example.com',
    url: 'https://shop.example.com',
    labels: [
      { id: 'l1', name: 'pci', color: undefined },
      { id: 'l2', name: 'production', color: undefined },
    ],
    scope: 'Retail',
  },
  ...extra,
})

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseRfc4180(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: '\r\n', header: false })
  expect(result.errors).toEqual([])
  return result.data
}

describe('usageToCsv', () => {
  it('writes one column per field with UTC timestamps and flattened target', () => {
    const [header, row] = parseRfc4180(usageToCsv([entry('Normal scan')]))
    expect(header).toEqual([...csvColumns])
    const record = Object.fromEntries(header!.map((name, index) => [name, row![index]]))
    expect(record).toMatchObject({
      timestamp_utc: '2026-11-20T10:01:00.000Z',
      operation: 'used',
      credits: '-7',
      target_name: 'Shop, "main"',
      target_labels: 'pci; production',
      target_scope: 'Retail',
    })
  })

  it('neutralises formulas, including full-width ones, but keeps numbers as numbers', () => {
    const rows = parseRfc4180(
      usageToCsv(
        ['=HYPERLINK("http://evil.example","x")', '+SUM(1+1)', '@cmd', '\uFF1D1+1'].map((d) => entry(d)),
      ),
    )
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      `'+SUM(1+1)`,
      `'@cmd`,
      `'\uFF1D1+1`,
    ])
    expect(rows[1]![3]).toBe('-7')
  })

  it('round-trips any description through an RFC 4180 parser, and no text cell can run as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant(null)), { minLength: 1, maxLength: 8 }),
        (descriptions) => {
          const rows = parseRfc4180(usageToCsv(descriptions.map((d) => entry(d))))
          descriptions.forEach((description, index) => {
            const cell = rows[index + 1]![2]!
            const expected = description ?? ''
            expect(cell).toBe(formulaStart.test(expected) ? `'${expected}` : expected)
            expect(formulaStart.test(cell)).toBe(false)
          })
        },
      ),
    )
  })
})
