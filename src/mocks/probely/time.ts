/** Calendar helpers in UTC: the API's timestamps are UTC, and the demo data must not shift with the user's zone. */

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

export function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

/** "2026-11-21": the key that makes the demo data change once a day and not on every reload. */
export function utcDayKey(dayStartMs: number): string {
  return new Date(dayStartMs).toISOString().slice(0, 10)
}

/** The same instant `months` calendar months later; the day is clamped to the month's length (31 Jan + 1 = 28/29 Feb). */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms)
  const target = new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + months,
      1,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  )
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target.getTime()
}

/** The 1st of the month, 00:00 UTC, `months` months before the month of `ms`. */
export function firstOfMonthBefore(ms: number, months: number): number {
  const date = new Date(ms)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1)
}
