import type { NeoSubscriptionJson } from '../../api/neo/subscription-schema'
import type { Scenario } from '../demo-state'
import { createRandom } from '../random'
import { addMonths, DAY_MS, utcDayKey } from '../probely/time'

/**
 * The Neo demo account: eight members on a monthly plan of 500 credits each, top-up credits bought on
 * the side, two cards on file. Dates hang off the start of the current UTC day and usage is seeded by
 * scenario and day, so a reload shows the same account.
 */
export const members = [
  'maria.silva@acme.example',
  'dev.patel@acme.example',
  'lena.fischer@acme.example',
  'tom.okafor@acme.example',
  'yuki.tanaka@acme.example',
  'sam.rivera@acme.example',
  'noah.berg@acme.example',
  'ivy.chen@acme.example',
] as const

const CREDITS_PER_USER = 500
const SEAT_PRICE_CENTS = { month: 4_900, year: 49_000 } as const
/** The subscription renews on this day of each month (UTC). */
const ANCHOR_DAY = 14

/** Share of the allotment each member has used, in member order; the last one was only just invited. */
const usageShapes: Partial<Record<Scenario, readonly number[]>> & { healthy: readonly number[] } = {
  healthy: [1, 0.86, 0.72, 0.55, 0.41, 0.23, 0.08, 0],
  'low-balance': [1, 1, 0.97, 0.92, 0.88, 0.81, 0.65, 0.5],
}

/** The next anchor day after today, 00:00 UTC: when the period ends and the credits reset. */
export function nextRenewal(dayStartMs: number): number {
  const today = new Date(dayStartMs)
  const thisMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), ANCHOR_DAY)
  return thisMonth > dayStartMs ? thisMonth : addMonths(thisMonth, 1)
}

const iso = (ms: number) => new Date(ms).toISOString()

function cards(dayStartMs: number, scenario: Scenario): NeoSubscriptionJson['payment_methods'] {
  const today = new Date(dayStartMs)
  const [year, month] = [today.getUTCFullYear(), today.getUTCMonth() + 1]
  const nextMonth =
    month === 12 ? { exp_month: 1, exp_year: year + 1 } : { exp_month: month + 1, exp_year: year }
  const lastMonth =
    month === 1 ? { exp_month: 12, exp_year: year - 1 } : { exp_month: month - 1, exp_year: year }
  if (scenario === 'past-due') {
    return [
      { id: 'pm_expired', brand: 'visa', last4: '0341', ...lastMonth, is_default: true },
      { id: 'pm_backup', brand: 'amex', last4: '1005', exp_month: 3, exp_year: year + 3, is_default: false },
    ]
  }
  return [
    { id: 'pm_main', brand: 'visa', last4: '4242', exp_month: 8, exp_year: year + 2, is_default: true },
    { id: 'pm_old', brand: 'mastercard', last4: '5454', ...nextMonth, is_default: false },
  ]
}

function seatUsage(scenario: Scenario, dayStartMs: number) {
  const random = createRandom(`neo:${scenario}:${utcDayKey(dayStartMs)}`)
  const shape = usageShapes[scenario] ?? usageShapes.healthy
  return members.map((email, index) => {
    const share = shape[index] ?? 0
    // Jitter keeps the table lifelike; the full and the unused seats stay exact.
    const jitter = share > 0 && share < 1 ? random.int(-15, 15) : 0
    const used = Math.max(0, Math.min(CREDITS_PER_USER, Math.round(share * CREDITS_PER_USER) + jitter))
    return {
      email,
      seat_status: share === 0 ? 'invited' : 'active',
      allotment: CREDITS_PER_USER,
      used,
      remaining: CREDITS_PER_USER - used,
    }
  })
}

export function buildNeoSubscription(scenario: Scenario, dayStartMs: number): NeoSubscriptionJson {
  if (scenario === 'no-subscription') {
    return {
      has_subscription: false,
      available_credits: 0,
      used_credits: 0,
      payment_methods: [],
      per_seat_usage: [],
    }
  }
  const renewal = nextRenewal(dayStartMs)
  const seats = scenario === 'incomplete' ? members.slice(0, 3) : members
  const usage = scenario === 'cancelled' ? [] : seatUsage(scenario, dayStartMs).slice(0, seats.length)
  const subscriptionCredits = usage.length * CREDITS_PER_USER
  const subscriptionUsed = usage.reduce((sum, seat) => sum + seat.used, 0)
  const topUp =
    scenario === 'low-balance'
      ? { total: 1_000, remaining: 0, purchased: 3_000, expiresInDays: 20 }
      : { total: 2_000, remaining: 1_350, purchased: 5_000, expiresInDays: 97 }
  const ended = scenario === 'cancelled'
  const interval = 'month'
  const charge = ended || scenario === 'cancelling' ? 0 : seats.length * SEAT_PRICE_CENTS[interval]
  return {
    has_subscription: true,
    status: ended
      ? 'canceled'
      : scenario === 'past-due'
        ? 'past_due'
        : scenario === 'incomplete'
          ? 'incomplete'
          : 'active',
    plan: {
      seats: seats.length,
      credits_per_user: CREDITS_PER_USER,
      interval,
      collection_method: 'charge_automatically',
    },
    renews_at: ended ? null : iso(renewal),
    reset_at: ended ? null : iso(renewal),
    cancel_at_period_end: scenario === 'cancelling',
    next_charge_cents: charge,
    next_charge_display: charge ? `$${(charge / 100).toFixed(2)}` : '',
    payment_methods: cards(dayStartMs, scenario)?.slice(0, ended ? 1 : 2),
    pending_change:
      scenario === 'pending-change'
        ? {
            seats: 5,
            credits_per_user: CREDITS_PER_USER,
            interval: 'year',
            effective_at: iso(renewal),
            demote_member_emails: members.slice(5),
          }
        : null,
    per_seat_usage: usage,
    subscription_credits: subscriptionCredits,
    subscription_used: subscriptionUsed,
    subscription_remaining: subscriptionCredits - subscriptionUsed,
    discount_credits: scenario === 'incomplete' ? 300 : 0,
    topup_credits: topUp.total,
    topup_remaining: topUp.remaining,
    topup_purchased: topUp.purchased,
    topup_used: topUp.purchased - topUp.remaining,
    topup_expires_at: iso(dayStartMs + topUp.expiresInDays * DAY_MS),
    available_credits: subscriptionCredits - subscriptionUsed + topUp.remaining,
    used_credits: subscriptionUsed + topUp.total - topUp.remaining,
  }
}
