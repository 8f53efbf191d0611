import type { Plan, Subscription } from '../../api/types'
import { formatMoney, formatNumber } from '../../lib/format'
import { chargeModelLabel, humanize } from '../../lib/labels'

const units: Record<string, [one: string, many: string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
}

/**
 * "every month", "every 3 months", "every week", "every 2 weeks", "every year". A unit the API adds
 * later is shown as it came, tidied ("every 2 fortnights"); null when the plan does not say.
 */
export function billingCycle(period: number | undefined, unit: string | undefined): string | null {
  if (!unit) return null
  const count = period && period > 0 ? period : 1
  const word = humanize(unit).toLowerCase()
  const [one, many] = units[unit] ?? [word, `${word}s`]
  return count === 1 ? `every ${one}` : `every ${formatNumber(count)} ${many}`
}

/** "€499.00 per target every month": a per-unit plan is priced per subscribed target. */
export function planPrice(plan: Plan): string | null {
  if (!plan.price) return null
  const unit = plan.chargeModel === 'per_unit' ? ' per target' : ''
  const cycle = billingCycle(plan.period, plan.periodUnit)
  return `${formatMoney(plan.price)}${unit}${cycle ? ` ${cycle}` : ''}`
}

/** "−10% · save €50.00": the plan's own discount, or null when it has none (0 means none). */
export function planDeal(plan: Plan): string | null {
  const parts: string[] = []
  if (plan.discountPercent && plan.discountPercent > 0) parts.push(`\u2212${plan.discountPercent}%`)
  if (plan.savings && plan.savings.cents > 0) parts.push(`save ${formatMoney(plan.savings)}`)
  return parts.length ? parts.join(' · ') : null
}

/** Scan profile ids are words, except for the acronym: "lightning_api" → "Lightning API". */
export function scanProfileLabel(id: string): string {
  return humanize(id).replace(/\bapi\b/gi, 'API')
}

/**
 * "Per unit · €499.00 per target every month · 5 targets": how the plan is charged, from the parts the
 * server sent. Null when there is nothing to say.
 */
export function planSummary({ plan, targetQuantity }: Subscription): string | null {
  const parts: string[] = []
  if (plan?.chargeModel) parts.push(chargeModelLabel(plan.chargeModel))
  const price = plan && planPrice(plan)
  if (price) parts.push(price)
  const deal = plan && planDeal(plan)
  if (deal) parts.push(deal)
  if (targetQuantity !== undefined) {
    parts.push(`${formatNumber(targetQuantity)} ${targetQuantity === 1 ? 'target' : 'targets'}`)
  }
  return parts.length ? parts.join(' · ') : null
}
