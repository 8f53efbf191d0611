import * as z from 'zod/mini'
import { integer, openEnum, timestamp } from '../schema-helpers'

/**
 * `GET /api/v1/billing/subscription` (seed 004). Only `has_subscription` is documented as required: every
 * other field may be missing (or null, as Go servers send), and the page says "—" for it. Credit counts
 * are `number<double>`; money is integer cents without a currency, with `next_charge_display` as text.
 */

export const neoStatuses = ['active', 'past_due', 'canceled', 'incomplete'] as const

/** A credit count: a double in the docs; a numeric string from a lenient server is read too. */
const credits = z.union([
  z.number(),
  z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'Expected a number')), z.transform(Number)),
])
const maybe = <S extends z.ZodMiniType>(schema: S) => z.nullish(schema)

export const paymentMethodSchema = z.looseObject({
  id: maybe(z.string()),
  brand: maybe(z.string()),
  last4: maybe(z.string()),
  exp_month: maybe(integer),
  exp_year: maybe(integer),
  is_default: maybe(z.boolean()),
})

export const pendingChangeSchema = z.looseObject({
  seats: maybe(integer),
  credits_per_user: maybe(credits),
  interval: maybe(z.string()),
  effective_at: maybe(timestamp),
  demote_member_emails: maybe(z.array(z.string())),
})

export const seatUsageSchema = z.looseObject({
  email: z.string(),
  seat_status: maybe(z.string()),
  allotment: maybe(credits),
  used: maybe(credits),
  remaining: maybe(credits),
})

export const seatPlanSchema = z.looseObject({
  seats: maybe(integer),
  credits_per_user: maybe(credits),
  interval: maybe(z.string()),
  collection_method: maybe(z.string()),
})

export const neoSubscriptionSchema = z.looseObject({
  has_subscription: z.boolean(),
  status: maybe(openEnum(neoStatuses)),
  plan: maybe(seatPlanSchema),
  renews_at: maybe(timestamp),
  cancel_at_period_end: maybe(z.boolean()),
  next_charge_cents: maybe(integer),
  next_charge_display: maybe(z.string()),
  payment_methods: maybe(z.array(paymentMethodSchema)),
  pending_change: maybe(pendingChangeSchema),
  per_seat_usage: maybe(z.array(seatUsageSchema)),
  reset_at: maybe(timestamp),
  available_credits: maybe(credits),
  used_credits: maybe(credits),
  discount_credits: maybe(credits),
  subscription_credits: maybe(credits),
  subscription_used: maybe(credits),
  subscription_remaining: maybe(credits),
  topup_credits: maybe(credits),
  topup_used: maybe(credits),
  topup_remaining: maybe(credits),
  topup_purchased: maybe(credits),
  topup_expires_at: maybe(timestamp),
})

export type NeoSubscriptionJson = z.input<typeof neoSubscriptionSchema>
export type NeoSubscriptionWire = z.output<typeof neoSubscriptionSchema>
export type NeoPaymentMethodJson = z.input<typeof paymentMethodSchema>
export type NeoSeatUsageJson = z.input<typeof seatUsageSchema>
