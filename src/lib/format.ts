import type { Money } from '../api/types'

/**
 * The one place numbers, money and dates become text. Formatters are cached: building an Intl
 * formatter costs far more than using one. Each caller names its formatter with a short key (a table
 * formats hundreds of cells per page, so the key must cost less than the formatting).
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(undefined, options)))
  return format
}

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(undefined, options)))
  return format
}

const twoDecimals: Intl.NumberFormatOptions = { minimumFractionDigits: 2, maximumFractionDigits: 2 }

export const MINUS = '\u2212'

/** Cents to "€2,495.00"; an unknown currency still shows the amount. */
export function formatMoney({ cents, currency }: Money): string {
  const amount = cents / 100
  if (!currency) return numberFormat('2dp', twoDecimals).format(amount)
  try {
    return numberFormat(`currency|${currency}`, { style: 'currency', currency }).format(amount)
  } catch {
    return `${numberFormat('2dp', twoDecimals).format(amount)} ${currency}`
  }
}

export function formatNumber(value: number): string {
  return numberFormat('integer', { maximumFractionDigits: 0 }).format(value)
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
  return dateFormat(timeZone ? 'date-time|UTC' : 'date-time', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso))
}

export function formatDate(iso: string, timeZone?: 'UTC'): string {
  return dateFormat(timeZone ? 'date|UTC' : 'date', { dateStyle: 'medium', timeZone }).format(new Date(iso))
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

let relativeFormat: Intl.RelativeTimeFormat | undefined

/** "in 12 days", "3 hours ago": only ever shown beside an absolute date. */
export function formatRelative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now
  const rtf = (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }))
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
  return dateFormat(`tick-${unit}${timeZone ? '|UTC' : ''}`, { ...tickFormats[unit], timeZone }).format(ms)
}

/** To the second, where one instant must be told from the next: "21 Nov 2026, 14:05:09". */
export function formatDateTimeExact(ms: number, timeZone?: 'UTC'): string {
  return dateFormat(timeZone ? 'exact|UTC' : 'exact', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone,
  }).format(ms)
}
