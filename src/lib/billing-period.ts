import type { Subscription } from '../api/types'

export type Period = { start: Date; end: Date }

/** Moves a date by whole billing units, in UTC (billing runs on UTC dates). */
export function shiftPeriod(date: Date, unit: string, count: number): Date {
  const next = new Date(date)
  if (unit === 'week') next.setUTCDate(next.getUTCDate() + 7 * count)
  else if (unit === 'year') next.setUTCFullYear(next.getUTCFullYear() + count)
  else next.setUTCMonth(next.getUTCMonth() + count)
  return next
}

/**
 * The billing period running now and the one before, derived from the next billing date and the plan's
 * cycle ("every N months"): the current period ends when the next one is billed. Null when the
 * subscription does not say enough (no next billing date, as for a cancelled one).
 */
export function billingPeriods(subscription: Subscription): { current: Period; previous: Period } | null {
  const { nextBillingAt, plan } = subscription
  if (!nextBillingAt) return null
  const unit = plan?.periodUnit || 'month'
  const length = plan?.period && plan.period > 0 ? plan.period : 1
  const end = new Date(nextBillingAt)
  const start = shiftPeriod(end, unit, -length)
  return { current: { start, end }, previous: { start: shiftPeriod(start, unit, -length), end: start } }
}
