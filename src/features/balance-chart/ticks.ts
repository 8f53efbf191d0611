import { formatTimeTick, type TimeUnit } from '../../lib/format'

/**
 * Time-axis ticks on calendar boundaries of the zone the page shows (the user's, or UTC): hours, days or
 * months, whichever is the finest that fits the span in `maxTicks`. Calendar arithmetic goes through Date
 * fields of that zone, so a daylight-saving change never shifts a midnight tick to 23:00 or 01:00.
 */
export type TimeTicks = { unit: TimeUnit; ticks: number[] }

type Step = { unit: TimeUnit; size: number; approxMs: number }

const HOUR = 3_600_000
const DAY = 24 * HOUR
const MONTH = 30.44 * DAY

const steps: readonly Step[] = [
  ...[1, 2, 3, 6, 12].map((size) => ({ unit: 'hour' as const, size, approxMs: size * HOUR })),
  // Day steps restart every month (see tickDays): a step of 7 gives 4 ticks a month, not 4.35.
  ...(
    [
      [1, DAY],
      [2, MONTH / 15],
      [7, MONTH / 4],
      [14, MONTH / 2],
    ] as const
  ).map(([size, approxMs]) => ({ unit: 'day' as const, size, approxMs })),
  ...[1, 2, 3, 6, 12, 24, 60].map((size) => ({ unit: 'month' as const, size, approxMs: size * MONTH })),
]

const coarsest: Step = { unit: 'month', size: 120, approxMs: 120 * MONTH }

/** Days of the month that carry a tick, for steps of a few days (a step of 7 must not put 29 next to 1). */
const tickDays: Record<number, (date: number) => boolean> = {
  1: () => true,
  2: (date) => date % 2 === 1 && date < 30,
  7: (date) => date === 1 || date === 8 || date === 15 || date === 22,
  14: (date) => date === 1 || date === 15,
}

type Fields = { year: number; month: number; date: number; hour: number }

function fieldsOf(ms: number, utc: boolean): Fields {
  const d = new Date(ms)
  return utc
    ? { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate(), hour: d.getUTCHours() }
    : { year: d.getFullYear(), month: d.getMonth(), date: d.getDate(), hour: d.getHours() }
}

function instant({ year, month, date, hour }: Fields, utc: boolean): number {
  return utc ? Date.UTC(year, month, date, hour) : new Date(year, month, date, hour).getTime()
}

function onStep(ms: number, step: Step, utc: boolean): boolean {
  const { year, month, date, hour } = fieldsOf(ms, utc)
  if (step.unit === 'hour') return hour % step.size === 0
  if (step.unit === 'day') return tickDays[step.size]?.(date) ?? true
  return step.size <= 12 ? month % step.size === 0 : month === 0 && year % (step.size / 12) === 0
}

/** Candidate boundaries from the unit boundary before `from`, one unit at a time, until past `to`. */
function* boundaries(from: number, to: number, unit: TimeUnit, utc: boolean): Generator<number> {
  const start = fieldsOf(from, utc)
  for (let k = 0; ; k++) {
    const fields =
      unit === 'hour'
        ? { ...start, hour: start.hour + k }
        : unit === 'day'
          ? { ...start, date: start.date + k, hour: 0 }
          : { ...start, month: start.month + k, date: 1, hour: 0 }
    const ms = instant(fields, utc)
    if (ms > to) return
    yield ms
  }
}

export function timeTicks(from: number, to: number, utc: boolean, maxTicks: number): TimeTicks {
  const span = Math.max(0, to - from)
  const limit = Math.max(2, maxTicks)
  const step = steps.find((candidate) => span / candidate.approxMs <= limit) ?? coarsest
  const ticks: number[] = []
  for (const ms of boundaries(from, to, step.unit, utc)) {
    // A skipped hour (spring forward) lands on the next one: never repeat a tick.
    if (ms >= from && ms > (ticks.at(-1) ?? -Infinity) && onStep(ms, step, utc)) ticks.push(ms)
  }
  return { unit: step.unit, ticks }
}

/** Hour ticks name the day at midnight, so a span across days still says which day is which. */
export function tickLabel(ms: number, unit: TimeUnit, utc: boolean): string {
  const timeZone = utc ? 'UTC' : undefined
  const midnight = unit === 'hour' && fieldsOf(ms, utc).hour === 0
  return formatTimeTick(ms, midnight ? 'day' : unit, timeZone)
}
