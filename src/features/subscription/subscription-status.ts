import type { Subscription } from '../../api/types'
import { formatNumber } from '../../lib/format'
import { humanize } from '../../lib/labels'

export type StatusTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral'

export type StatusView = {
  /** The badge's words: never colour alone. */
  label: string
  tone: StatusTone
  /** A decorative glyph beside the words. */
  icon: string
  /** What the status means for the account, in a sentence. */
  meaning: string
  /** Whether the page offers to buy credits (a cancelled subscription cannot). */
  canBuy: boolean
}

const DAY_MS = 86_400_000

/** Midnight of the date's local calendar day, as a UTC timestamp, so DST never makes a day 23 hours. */
const localDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())

/**
 * Calendar days from today until the local date of `iso`, the date shown beside it: a trial ending on
 * 3 Dec has "12 days left" on 21 Nov whatever the hour, and the count always matches that date.
 */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.round((localDay(new Date(iso)) - localDay(new Date(now))) / DAY_MS)
}

/** "today", "tomorrow", "in 12 days", "3 days ago": only ever shown beside the date itself. */
export function daysPhrase(days: number): string {
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  const count = `${formatNumber(Math.abs(days))} days`
  return days > 0 ? `in ${count}` : `${count} ago`
}

function trialLabel(trialEnd: string | null | undefined, now: number): string {
  if (!trialEnd) return 'Trial'
  const days = daysUntil(trialEnd, now)
  if (days < 0) return 'Trial · ended'
  if (days === 0) return 'Trial · ends today'
  return `Trial · ${days} ${days === 1 ? 'day' : 'days'} left`
}

/**
 * What each subscription status means to the person paying. The API's statuses come from its billing
 * provider: `future` has not started yet; `in_trial` runs until `trial_end`, then the first charge;
 * `active` renews at `next_billing_at`; `non_renewing` was cancelled at the end of its term and keeps
 * working until `next_billing_at`, with nothing more to pay; `cancelled` has ended. A status the API
 * adds later is shown as it came, tidied, and not treated as an error.
 */
export function statusView(subscription: Subscription, now = Date.now()): StatusView {
  switch (subscription.status) {
    case 'active':
      return {
        label: 'Active',
        tone: 'success',
        icon: '✓',
        meaning:
          subscription.autoCollection === false
            ? 'Your subscription renews automatically; each renewal is invoiced for you to pay.'
            : 'Your subscription renews automatically and is charged to your payment method.',
        canBuy: true,
      }
    case 'in_trial':
      return {
        label: trialLabel(subscription.trialEnd, now),
        tone: 'info',
        icon: '◔',
        meaning: 'You are trying this plan. When the trial ends, the subscription starts and is charged.',
        canBuy: true,
      }
    case 'future':
      return {
        label: 'Starts soon',
        tone: 'info',
        icon: '◷',
        meaning: 'Your subscription has not started yet; it starts on its first billing date.',
        canBuy: true,
      }
    case 'non_renewing':
      return {
        label: 'Ending',
        tone: 'warning',
        icon: '!',
        meaning:
          'Your subscription will not renew. It keeps working until the end of this term, and nothing more will be charged.',
        canBuy: true,
      }
    case 'cancelled':
      return {
        label: 'Cancelled',
        tone: 'danger',
        icon: '✕',
        meaning: 'Your subscription has ended and is no longer billed.',
        canBuy: false,
      }
    default:
      return {
        label: humanize(subscription.status),
        tone: 'neutral',
        icon: '•',
        meaning: `The billing API reports the status “${subscription.status || 'unknown'}”.`,
        canBuy: true,
      }
  }
}
