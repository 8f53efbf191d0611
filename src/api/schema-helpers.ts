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
  const match = isoDateTime.exec(value.trim())
  if (!match) return null
  const text = value.trim().replace(/(\.\d{3})\d+/, '$1')
  const date = new Date(match[1] ? text : `${text}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
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
