import { z } from 'zod'
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
  name: z.string().optional(),
  price: integer,
  currency_code: currencyCode,
  pack_amount: integer,
  discount: integer.optional(),
  savings: integer.optional(),
})

export const planSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  family: z.string().nullish(),
  description: z.string().nullish(),
  is_trial: z.boolean().optional(),
  charge_model: openEnum(chargeModels).optional(),
  price: integer.optional(),
  currency_code: currencyCode,
  period: integer.optional(),
  period_unit: openEnum(periodUnits).optional(),
  allowed_builtin_scan_profiles: z.array(z.string()).optional(),
  allowed_credits_packs: z.array(creditPackSchema).optional(),
  discount: integer.optional(),
  savings: integer.optional(),
  tiers: z.record(z.string(), z.unknown()).nullish(),
})

export const accountSchema = z.looseObject({
  status: openEnum(subscriptionStatuses),
  plan: planSchema.nullish(),
  plan_target_quantity: integer.optional(),
  pool_size: integer.optional(),
  auto_collection: z.boolean().optional(),
  next_billing_at: timestamp.nullish(),
  next_billing_amount: integer.optional(),
  trial_end: timestamp.nullish(),
  balance: integer.optional(),
  balance_currency_code: currencyCode,
  has_used_trial: z.boolean().optional(),
  heroku: z.boolean().optional(),
  plan_amount: integer.optional(),
  available_slots: integer.nullish(),
})

export const topUpSettingsSchema = z.looseObject({
  auto_top_up_on_expiration: z.boolean().optional(),
  auto_top_up_on_insufficient: z.boolean().optional(),
  auto_top_up_credits_pack: creditPackSchema.nullish(),
})

/** Body of `PUT /account/credits/top-up/settings/`: the pack is sent whole, or null. */
export const topUpSettingsRequestSchema = z.object({
  auto_top_up_on_expiration: z.boolean(),
  auto_top_up_on_insufficient: z.boolean(),
  auto_top_up_credits_pack: creditPackSchema.nullable(),
})

/** Body of `POST /account/credits/top-up/`. */
export const purchaseRequestSchema = z.object({ pack_id: z.string().min(1) })

/** Answer to `POST /account/credits/top-up/`: invoice-like; extra fields are kept. */
export const purchaseSchema = z.looseObject({
  id: z.string().optional(),
  status: z.string().optional(),
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
