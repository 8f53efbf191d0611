import type { Money } from '../api/types'

/**
 * The one place numbers, money and dates become text. Formatters are cached: building an Intl
 * formatter costs far more than using one.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) cache.set(key, (format = new Intl.NumberFormat(undefined, options)))
  return format as Intl.NumberFormat
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(undefined, options)))
  return format as Intl.DateTimeFormat
}

export const MINUS = '\u2212'

/** Cents to "€2,495.00"; an unknown currency still shows the amount. */
export function formatMoney({ cents, currency }: Money): string {
  const amount = cents / 100
  if (!currency) return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)
  try {
    return numberFormat({ style: 'currency', currency }).format(amount)
  } catch {
    return `${numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} ${currency}`
  }
}

export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 0 }).format(value)
}

/** "1,250 credits", "1 credit". Credits are counts, never money. */
export function formatCredits(value: number): string {
  return `${formatNumber(value)} ${Math.abs(value) === 1 ? 'credit' : 'credits'}`
}

/** "+500" / "−12" with the true minus sign. */
export function formatSignedCredits(value: number): string {
  if (value === 0) return '0'
  return `${value > 0 ? '+' : MINUS}${formatNumber(Math.abs(value))}`
}

/** "21 Nov 2026, 14:05" in the user's locale and time zone (or UTC when asked). */
export function formatDateTime(iso: string, timeZone?: 'UTC'): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))
}

export function formatDate(iso: string, timeZone?: 'UTC'): string {
  return dateFormat({ dateStyle: 'medium', timeZone }).format(new Date(iso))
}

/** The exact instant, for a title/tooltip: "2026-11-21 14:05:09 UTC". */
export function formatUtc(iso: string): string {
  return `${new Date(iso).toISOString().replace('T', ' ').slice(0, 19)} UTC`
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "in 12 days", "3 hours ago": only ever shown beside an absolute date. */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
  for (const [unit, ms] of relativeUnits) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit)
  }
  return rtf.format(0, 'minute')
}

export type TimeUnit = 'hour' | 'day' | 'month'

const tickFormats: Record<TimeUnit, Intl.DateTimeFormatOptions> = {
  hour: { hour: '2-digit', minute: '2-digit' },
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short', year: 'numeric' },
}

/** A time axis label at the scale of its ticks: "14:00", "21 Nov", "Nov 2026". */
export function formatTimeTick(ms: number, unit: TimeUnit, timeZone?: 'UTC'): string {
  return dateFormat({ ...tickFormats[unit], timeZone }).format(ms)
}

/** To the second, where one instant must be told from the next: "21 Nov 2026, 14:05:09". */
export function formatDateTimeExact(ms: number, timeZone?: 'UTC'): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(ms)
}
