import { addDays, addMonths, dayOf, type Day } from '../../lib/days'
import type { Period } from '../../lib/billing-period'
import type { UsageSearch } from './search'

export const rangePresets = [
  { id: 'current-period', label: 'Current billing period' },
  { id: 'last-30', label: 'Last 30 days' },
  { id: 'last-90', label: 'Last 90 days' },
  { id: 'last-12-months', label: 'Last 12 months' },
  { id: 'year-to-date', label: 'Year to date' },
  { id: 'all', label: 'All time' },
  { id: 'custom', label: 'Custom range' },
] as const

export type RangePreset = (typeof rangePresets)[number]['id']
type RangePatch = Pick<UsageSearch, 'from' | 'to' | 'range'>

/** The days a preset covers, today included; null when it cannot be known (no billing period). */
export function presetRange(
  preset: RangePreset,
  today: Day,
  period: Period | null,
  utc: boolean,
): RangePatch | null {
  switch (preset) {
    case 'last-90':
      return { from: undefined, to: undefined, range: undefined }
    case 'all':
      return { from: undefined, to: undefined, range: 'all' }
    case 'last-30':
      return { from: addDays(today, -29), to: today, range: undefined }
    case 'last-12-months':
      return { from: addDays(addMonths(today, -12), 1), to: today, range: undefined }
    case 'year-to-date':
      return { from: `${today.slice(0, 4)}-01-01`, to: today, range: undefined }
    case 'current-period':
      // The period ends at the next billing instant, which belongs to the next period.
      return period
        ? {
            from: dayOf(period.start, utc),
            to: dayOf(new Date(period.end.getTime() - 1), utc),
            range: undefined,
          }
        : null
    case 'custom':
      return null
  }
}

/** Which preset the URL's range is, so the picker names it; anything else is custom. */
export function activePreset(search: UsageSearch, today: Day, period: Period | null): RangePreset {
  if (search.range === 'all') return 'all'
  if (!search.from && !search.to) return 'last-90'
  const utc = search.tz === 'utc'
  for (const { id } of rangePresets) {
    if (id === 'custom' || id === 'last-90' || id === 'all') continue
    const range = presetRange(id, today, period, utc)
    if (range && range.from === search.from && range.to === search.to) return id
  }
  return 'custom'
}
