import { z } from 'zod/mini'
import { usageOrderings, type UsageQuery } from '../../api/types'
import { addDays, dayEnd, dayOf, dayStart, isDay, type Day } from '../../lib/days'

/**
 * The usage page's view state lives in the URL: `from`, `to` (local days, inclusive), `range=all`,
 * `tz=utc`, `operation`, `target`, `label` (repeatable), `scope`, `q`, `ordering`, `page`, `length`.
 * Anything invalid falls back to its default without an error; defaults never appear in the URL.
 */
export const pageSizes = [10, 25, 50, 100] as const
export const DEFAULT_LENGTH = 25
export const DEFAULT_ORDERING = '-timestamp'
/** Without `from`/`to`, the page shows the last 90 days: enough for most questions, quick to total. */
export const DEFAULT_RANGE_DAYS = 90

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined)
const list = z._default(
  z.catch(
    z.pipe(
      z.transform((value: unknown): unknown[] => (Array.isArray(value) ? value : [value])),
      z.pipe(
        z.array(text(255)),
        z.transform((values) => [...new Set(values)]),
      ),
    ),
    [],
  ),
  [],
)
const pageSize = (value: number) => (pageSizes as readonly number[]).includes(value)

export const usageSearchSchema = z.object({
  from: optional(z.string().check(z.refine(isDay))),
  to: optional(z.string().check(z.refine(isDay))),
  range: optional(z.literal('all')),
  tz: optional(z.literal('utc')),
  operation: list,
  target: list,
  label: list,
  scope: optional(text(255)),
  q: optional(text(200)),
  ordering: optional(z.enum(usageOrderings)),
  page: optional(z.coerce.number().check(z.refine(Number.isInteger), z.minimum(1), z.maximum(1_000_000))),
  length: optional(z.coerce.number().check(z.refine(pageSize))),
})

export type UsageSearch = z.output<typeof usageSearchSchema>

/** The days the page covers; undefined ends are open. */
export function rangeOf(search: UsageSearch, today: Day): { from?: Day; to?: Day } {
  if (search.range === 'all') return {}
  if (!search.from && !search.to) return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today }
  const { from, to } = search
  // A reversed range is a slip of the hand, not a request for nothing.
  return from && to && from > to ? { from: to, to: from } : { from, to }
}

/** The API request for what the URL describes. */
export function toUsageQuery(search: UsageSearch, today: Day): UsageQuery {
  const utc = search.tz === 'utc'
  const { from, to } = rangeOf(search, today)
  return {
    startDt: from && dayStart(from, utc),
    endDt: to && dayEnd(to, utc),
    operations: search.operation,
    targets: search.target,
    labels: search.label,
    scope: search.scope,
    search: search.q,
    ordering: search.ordering ?? DEFAULT_ORDERING,
    page: search.page ?? 1,
    length: search.length ?? DEFAULT_LENGTH,
  }
}

/** Drops what equals the default, so the URL carries only what the user chose. */
export function withoutDefaults(search: Partial<UsageSearch>): Partial<UsageSearch> {
  const clean: Partial<UsageSearch> = { ...search }
  if (clean.page === 1) delete clean.page
  if (clean.length === DEFAULT_LENGTH) delete clean.length
  if (clean.ordering === DEFAULT_ORDERING) delete clean.ordering
  for (const key of ['operation', 'target', 'label'] as const) if (clean[key]?.length === 0) delete clean[key]
  for (const key of Object.keys(clean) as (keyof UsageSearch)[])
    if (clean[key] === undefined) delete clean[key]
  return clean
}

/** Today in the zone the page shows: the user's, or UTC. */
export function todayFor(search: Pick<UsageSearch, 'tz'>, now = new Date()): Day {
  return dayOf(now, search.tz === 'utc')
}
