import type { CreditBucket, CreditBuckets, MemberUsage, PaymentMethod, Subscription } from '../types'
import type { NeoSubscriptionWire } from './subscription-schema'

type Wire = NeoSubscriptionWire
type Item<T> = NonNullable<T> extends readonly (infer I)[] ? I : never

/** `null` and '' both mean the server did not say. */
const given = <T>(value: T | null | undefined): T | undefined =>
  value === null || value === '' ? undefined : value

function toPaymentMethod(method: Item<Wire['payment_methods']>): PaymentMethod {
  return {
    id: given(method.id),
    brand: given(method.brand),
    last4: given(method.last4),
    expMonth: given(method.exp_month),
    expYear: given(method.exp_year),
    isDefault: method.is_default === true,
  }
}

function toMemberUsage(seat: Item<Wire['per_seat_usage']>): MemberUsage {
  return {
    email: seat.email,
    seatStatus: given(seat.seat_status),
    allotment: given(seat.allotment),
    used: given(seat.used),
    remaining: given(seat.remaining),
  }
}

/**
 * Where the credits are. Subscription credits are the monthly grant (seats × credits per user), refilled
 * at `reset_at`; top-up credits are bought, kept until `topup_expires_at`; discount credits are a bonus
 * on top of the grant in the first month. `topup_used` counts every top-up credit ever used, so the
 * current top-up bucket's own use is its total less what remains.
 */
export function toCreditBuckets(json: Wire): CreditBuckets {
  const topUpTotal = given(json.topup_credits)
  const topUpRemaining = given(json.topup_remaining)
  const buckets: CreditBucket[] = []
  if (json.subscription_credits != null || json.subscription_remaining != null) {
    buckets.push({
      kind: 'subscription',
      total: given(json.subscription_credits),
      used: given(json.subscription_used),
      remaining: given(json.subscription_remaining),
      resetsAt: given(json.reset_at),
    })
  }
  if (topUpTotal !== undefined || topUpRemaining !== undefined || given(json.topup_purchased)) {
    buckets.push({
      kind: 'top_up',
      total: topUpTotal,
      used:
        topUpTotal !== undefined && topUpRemaining !== undefined ? topUpTotal - topUpRemaining : undefined,
      remaining: topUpRemaining,
      expiresAt: given(json.topup_expires_at),
      lifetimePurchased: given(json.topup_purchased),
      lifetimeUsed: given(json.topup_used),
    })
  }
  const discount = given(json.discount_credits)
  if (discount) buckets.push({ kind: 'discount', total: discount, used: undefined, remaining: undefined })
  return { pooled: true, buckets, available: given(json.available_credits), used: given(json.used_credits) }
}

/** Neo's plan has no name or price: it is seats, each granted credits every month. */
export function toSubscription(json: Wire): Subscription {
  const method = given(json.plan?.collection_method)
  return {
    // Without a subscription the status would be meaningless: 'none' says so.
    status: json.has_subscription ? (given(json.status) ?? '') : 'none',
    plan: null,
    targetQuantity: undefined,
    poolSize: undefined,
    autoCollection: method === undefined ? undefined : method === 'charge_automatically',
    nextBillingAt: given(json.renews_at),
    nextBillingAmount:
      given(json.next_charge_cents) === undefined
        ? undefined
        : { cents: json.next_charge_cents as number, currency: null },
    trialEnd: undefined,
    accountBalance: undefined,
    hasUsedTrial: undefined,
    heroku: undefined,
    planAmount: undefined,
    availableSlots: undefined,
    seats: json.plan
      ? {
          seats: given(json.plan.seats),
          creditsPerUser: given(json.plan.credits_per_user),
          interval: given(json.plan.interval),
          collectionMethod: method,
        }
      : undefined,
    cancelAtPeriodEnd: given(json.cancel_at_period_end),
    nextChargeDisplay: given(json.next_charge_display),
    paymentMethods: (json.payment_methods ?? []).map(toPaymentMethod),
    pendingChange: json.pending_change
      ? {
          seats: given(json.pending_change.seats),
          creditsPerUser: given(json.pending_change.credits_per_user),
          interval: given(json.pending_change.interval),
          effectiveAt: given(json.pending_change.effective_at),
          demotedMembers: json.pending_change.demote_member_emails ?? [],
        }
      : null,
    creditBuckets: toCreditBuckets(json),
    memberUsage: (json.per_seat_usage ?? []).map(toMemberUsage),
  }
}
