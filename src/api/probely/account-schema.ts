import * as z from 'zod/mini'
import { currencyCode, integer, openEnum, timestamp } from '../schema-helpers'

/**
 * `GET /account/` (seed 001), the top-up settings (seed 003) and the credit-pack purchase. The docs mark
 * nearly every account field required, but older servers leave some out: each is optional here and the
 * page shows "—" for what is missing. Money fields are integer cents.
 */

export const subscriptionStatuses = ['future', 'in_trial', 'active', 'non_renewing', 'cancelled'] as const
export const chargeModels = ['per_unit', 'flat_fee', 'volume', 'tiered'] as const
export const periodUnits = ['week', 'month', 'year'] as const

export const creditPackSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  price: integer,
  currency_code: currencyCode,
  pack_amount: integer,
  discount: z.optional(integer),
  savings: z.optional(integer),
})

export const planSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  family: z.nullish(z.string()),
  description: z.nullish(z.string()),
  is_trial: z.optional(z.boolean()),
  charge_model: z.optional(openEnum(chargeModels)),
  price: z.optional(integer),
  currency_code: currencyCode,
  period: z.optional(integer),
  period_unit: z.optional(openEnum(periodUnits)),
  allowed_builtin_scan_profiles: z.optional(z.array(z.string())),
  allowed_credits_packs: z.optional(z.array(creditPackSchema)),
  discount: z.optional(integer),
  savings: z.optional(integer),
  tiers: z.nullish(z.record(z.string(), z.unknown())),
})

export const accountSchema = z.looseObject({
  status: openEnum(subscriptionStatuses),
  plan: z.nullish(planSchema),
  plan_target_quantity: z.optional(integer),
  pool_size: z.optional(integer),
  auto_collection: z.optional(z.boolean()),
  next_billing_at: z.nullish(timestamp),
  next_billing_amount: z.optional(integer),
  trial_end: z.nullish(timestamp),
  balance: z.optional(integer),
  balance_currency_code: currencyCode,
  has_used_trial: z.optional(z.boolean()),
  heroku: z.optional(z.boolean()),
  plan_amount: z.optional(integer),
  available_slots: z.nullish(integer),
})

export const topUpSettingsSchema = z.looseObject({
  auto_top_up_on_expiration: z.optional(z.boolean()),
  auto_top_up_on_insufficient: z.optional(z.boolean()),
  auto_top_up_credits_pack: z.nullish(creditPackSchema),
})

/** Body of `PUT /account/credits/top-up/settings/`: the pack is sent whole, or null. */
export const topUpSettingsRequestSchema = z.object({
  auto_top_up_on_expiration: z.boolean(),
  auto_top_up_on_insufficient: z.boolean(),
  auto_top_up_credits_pack: z.nullable(creditPackSchema),
})

/** Body of `POST /account/credits/top-up/`. */
export const purchaseRequestSchema = z.object({ pack_id: z.string().check(z.minLength(1)) })

/** Answer to `POST /account/credits/top-up/`: invoice-like; extra fields are kept. */
export const purchaseSchema = z.looseObject({
  id: z.optional(z.string()),
  status: z.optional(z.string()),
  total: integer,
  amount_due: integer,
  currency_code: currencyCode,
})

export type AccountJson = z.input<typeof accountSchema>
export type CreditPackJson = z.input<typeof creditPackSchema>
export type TopUpSettingsJson = z.input<typeof topUpSettingsSchema>
export type PurchaseJson = z.input<typeof purchaseSchema>
export type TopUpSettingsRequest = z.input<typeof topUpSettingsRequestSchema>
export type PurchaseRequest = z.input<typeof purchaseRequestSchema>
