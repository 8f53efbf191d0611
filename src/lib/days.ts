/**
 * Calendar days as `YYYY-MM-DD`, in the user's time zone or in UTC. A range of days covers the first
 * day's first millisecond to the last day's last, in that zone. Day arithmetic runs on UTC dates so
 * daylight-saving changes never skip or repeat a day.
 */
export type Day = string

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

function parts(day: Day): [number, number, number] | null {
  const match = dayPattern.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const check = new Date(Date.UTC(year, month - 1, date))
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? [year, month, date] : null
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && parts(value) !== null
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

export function dayOf(date: Date, utc = false): Day {
  return utc
    ? `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
    : `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function addDays(day: Day, count: number): Day {
  const [year, month, date] = parts(day) ?? [1970, 1, 1]
  return dayOf(new Date(Date.UTC(year, month - 1, date + count)), true)
}

export function addMonths(day: Day, count: number): Day {
  const [year, month, date] = parts(day) ?? [1970, 1, 1]
  return dayOf(new Date(Date.UTC(year, month - 1 + count, date)), true)
}

function instant(day: Day, utc: boolean, [h, m, s, ms]: [number, number, number, number]): Date {
  const [year, month, date] = parts(day) ?? [1970, 1, 1]
  return utc
    ? new Date(Date.UTC(year, month - 1, date, h, m, s, ms))
    : new Date(year, month - 1, date, h, m, s, ms)
}

/** The first millisecond of the day, as an ISO date-time for the API. */
export function dayStart(day: Day, utc = false): string {
  return instant(day, utc, [0, 0, 0, 0]).toISOString()
}

/** The last millisecond of the day. */
export function dayEnd(day: Day, utc = false): string {
  return instant(day, utc, [23, 59, 59, 999]).toISOString()
}

/** Whole days from `from` to `to`, both included. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}
