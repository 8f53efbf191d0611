import type { Subscription } from '../../api/types'
import { formatMoney, formatNumber } from '../../lib/format'
import { humanize } from '../../lib/labels'
import { billingCycle } from './plan-summary'
import { statusView, type StatusView } from './subscription-status'

/**
 * What a seat subscription's status means (Neo answers with its payment provider's statuses):
 * `active` is paid and renews at `renews_at`, unless `cancel_at_period_end` ends it then; `past_due`
 * means a renewal charge failed and is being retried; `incomplete` means the first payment has not gone
 * through; `canceled` has ended. Anything else is read as the other backends' statuses are.
 */
export function seatStatusView(subscription: Subscription, now = Date.now()): StatusView {
  const base = { canBuy: false }
  switch (subscription.status) {
    case 'none':
      return {
        ...base,
        label: 'No subscription',
        tone: 'neutral',
        icon: '–',
        meaning: 'This account has no subscription, so no seats and no monthly credits.',
      }
    case 'active':
      return subscription.cancelAtPeriodEnd
        ? {
            ...base,
            label: 'Cancelling',
            tone: 'warning',
            icon: '!',
            meaning:
              'Your subscription was cancelled: it keeps working until the end of this period, then it ends and nothing more is charged.',
          }
        : {
            ...base,
            label: 'Active',
            tone: 'success',
            icon: '✓',
            meaning:
              subscription.autoCollection === false
                ? 'Your subscription is paid up; each renewal is invoiced for you to pay.'
                : 'Your subscription is paid up and renews automatically, charged to your default payment method.',
          }
    case 'past_due':
      return {
        ...base,
        label: 'Past due',
        tone: 'danger',
        icon: '!',
        meaning:
          'The last renewal charge failed. It is retried; update your payment method so the subscription is not cancelled.',
      }
    case 'incomplete':
      return {
        ...base,
        label: 'Incomplete',
        tone: 'warning',
        icon: '◔',
        meaning:
          'The first payment has not gone through yet (the card holder may need to confirm it). The subscription starts once it is paid.',
      }
    case 'canceled':
      return {
        ...base,
        label: 'Canceled',
        tone: 'danger',
        icon: '✕',
        meaning: 'Your subscription has ended and is no longer billed.',
      }
    default:
      return statusView(subscription, now)
  }
}

const collectionMethods: Record<string, string> = {
  charge_automatically: 'charged automatically',
  send_invoice: 'invoiced',
}

/** "8 seats · 500 credits per member each month · billed every year · charged automatically". */
export function seatPlanSummary({ seats }: Subscription): string | null {
  if (!seats) return null
  const parts: string[] = []
  if (seats.seats !== undefined)
    parts.push(`${formatNumber(seats.seats)} ${seats.seats === 1 ? 'seat' : 'seats'}`)
  if (seats.creditsPerUser !== undefined)
    parts.push(`${formatNumber(seats.creditsPerUser)} credits per member a month`)
  const cycle = billingCycle(1, seats.interval)
  if (cycle) parts.push(`billed ${cycle}`)
  if (seats.collectionMethod)
    parts.push(collectionMethods[seats.collectionMethod] ?? humanize(seats.collectionMethod).toLowerCase())
  return parts.length ? parts.join(' · ') : null
}

/** The next charge as the server words it, else its cents without a currency; null when there is none. */
export function nextCharge({ nextChargeDisplay, nextBillingAmount }: Subscription): string | null {
  if (nextChargeDisplay) return nextChargeDisplay
  return nextBillingAmount && nextBillingAmount.cents > 0 ? formatMoney(nextBillingAmount) : null
}
