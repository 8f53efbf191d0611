/**
 * Django REST Framework's parsing rules, reproduced so the demo answers like the real API: what counts as
 * a date-time, a page number, a page size, an ordering, a search term, and the shape of its errors.
 */

export interface ApiAnswer {
  status: number
  body: unknown
}

export type FieldErrors = Record<string, unknown>

export const badRequest = (errors: FieldErrors): ApiAnswer => ({ status: 400, body: errors })
export const detail = (status: number, message: string): ApiAnswer => ({ status, body: { detail: message } })

export const invalidChoice = (value: string) =>
  `Select a valid choice. ${value} is not one of the available choices.`

const dateTimePattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * Django's forms.DateTimeField: ISO 8601 with 'T' or a space, seconds and fraction optional, or a bare
 * date (midnight). A value without a zone is UTC (the server's TIME_ZONE). Returns epoch ms, or null.
 */
export function parseDjangoDateTime(value: string): number | null {
  const match = dateTimePattern.exec(value.trim())
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone = 'Z'] = match
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number]
  const [year, month, day, hour, minute, second] = parts
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, Number(fraction.padEnd(3, '0').slice(0, 3)))
  const check = new Date(ms)
  // Date.UTC rolls 31 Feb over into March; Django rejects it.
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null
  }
  if (zone === 'Z') return ms
  const [, sign, zh, zm = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? []
  const offset = (Number(zh) * 60 + Number(zm)) * 60_000
  return sign === '-' ? ms + offset : ms - offset
}

/** PageNumberPagination: '' or absent is page 1, 'last' is the last page, else Python's int(); null = invalid. */
export function parsePageNumber(value: string | null, pageTotal: number): number | null {
  if (value === null || value === '') return 1
  if (value === 'last') return pageTotal
  if (!/^\s*[+-]?\d+\s*$/.test(value)) return null
  const page = Number(value.trim())
  return page >= 1 && page <= pageTotal ? page : null
}

/** page_size_query_param: a strictly positive integer, capped at max_page_size; anything else is the default. */
export function parsePageSize(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\s*\+?\d+\s*$/.test(value)) return fallback
  const size = Number(value.trim())
  return size > 0 ? Math.min(size, max) : fallback
}

export interface OrderingTerm<F extends string> {
  field: F
  descending: boolean
}

/** OrderingFilter: comma-separated terms, '-' for descending; unknown fields are dropped silently. */
export function parseOrdering<F extends string>(
  value: string | null,
  fields: readonly F[],
  fallback: string,
) {
  const parse = (text: string) =>
    text
      .split(',')
      .map((term) => term.trim())
      .map((term) => ({ field: term.replace(/^-/, ''), descending: term.startsWith('-') }))
      .filter((term): term is OrderingTerm<F> => (fields as readonly string[]).includes(term.field))
  const terms = value ? parse(value) : []
  return terms.length > 0 ? terms : parse(fallback)
}

/** SearchFilter: terms split on whitespace and commas; a double-quoted phrase stays one term. */
export function searchTerms(value: string | null): string[] {
  if (!value) return []
  const terms: string[] = []
  for (const match of value.replace(/\0/g, '').matchAll(/"([^"]*)"|[^\s,]+/g)) {
    const term = (match[1] ?? match[0]).trim()
    if (term) terms.push(term.toLowerCase())
  }
  return terms
}
