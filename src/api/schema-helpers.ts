import * as z from 'zod/mini'

/**
 * Lenient building blocks shared by every backend's schemas. Real servers drift from their docs: they send
 * integers as strings, '' for enums, and leave out "required" fields. We accept what cannot mislead and
 * reject what would (a timestamp that does not parse, a count that is not a number).
 */

/** An integer; older servers sometimes send it as a numeric string ("42"). */
export const integer = z.union([
  z.int(),
  z.pipe(z.string().check(z.regex(/^-?\d{1,15}$/, 'Expected an integer')), z.transform(Number)),
])

/** A value from a documented set, kept as sent when the set grows: the UI shows a readable fallback label. */
export type OpenEnum<T extends string> = T | (string & {})

export function openEnum<const T extends readonly string[]>(_known: T) {
  return z.pipe(
    z.string(),
    z.transform((value: string): OpenEnum<T[number]> => value),
  )
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * An ISO 8601 date-time, normalised to `YYYY-MM-DDTHH:mm:ss.sssZ`. The API documents its timestamps as UTC
 * but sends them without a zone ("2023-08-09T13:27:43.8208302"): read as local time they would shift by
 * the user's offset, so a missing zone means UTC. Sub-millisecond digits are dropped.
 */
export function normaliseTimestamp(value: string): string | null {
  if (isCanonicalTimestamp(value)) return value
  const match = isoDateTime.exec(value.trim())
  if (!match) return null
  const text = value.trim().replace(/(\.\d{3})\d+/, '$1')
  const date = new Date(match[1] ? text : `${text}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Already `YYYY-MM-DDTHH:mm:ss.sssZ`, as most servers send it. */
const canonicalTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * True when the value is a real instant already in the normalised form, so it is its own result: a page
 * of usage rows carries hundreds of timestamps, and building a Date for each one is most of their cost.
 * Anything else (an impossible date included) takes the general path above.
 */
function isCanonicalTimestamp(value: string): boolean {
  if (!canonicalTimestamp.test(value)) return false
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    Number(value.slice(11, 13)) < 24 &&
    Number(value.slice(14, 16)) < 60 &&
    Number(value.slice(17, 19)) < 60
  )
}

export const timestamp = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const normalised = normaliseTimestamp(value)
    if (normalised === null) {
      const message = `Expected an ISO 8601 date-time, got "${value.slice(0, 40)}"`
      ctx.issues.push({ code: 'custom', message, input: value })
      return z.NEVER
    }
    return normalised
  }),
)

/** A currency code; '' (documented) and absent both mean "unknown currency". */
export const currencyCode = z.pipe(
  z.nullish(z.string()),
  z.transform((code: string | null | undefined) => (code ? code.toUpperCase() : null)),
)
