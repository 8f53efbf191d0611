import type * as z from 'zod/mini'
import type { CreditPack, Money, Plan, Purchase, Subscription, TopUpSettings } from '../types'
import type {
  accountSchema,
  creditPackSchema,
  planSchema,
  purchaseSchema,
  TopUpSettingsRequest,
  topUpSettingsSchema,
} from './account-schema'

type Wire<S extends z.ZodMiniType> = z.output<S>

const money = (cents: number, currency: string | null): Money => ({ cents, currency })
const maybeMoney = (cents: number | undefined, currency: string | null) =>
  cents === undefined ? undefined : money(cents, currency)

export function toCreditPack(
  pack: Wire<typeof creditPackSchema>,
  fallbackCurrency: string | null = null,
): CreditPack {
  const currency = pack.currency_code ?? fallbackCurrency
  return {
    id: pack.id,
    name: pack.name,
    credits: pack.pack_amount,
    price: money(pack.price, currency),
    discountPercent: pack.discount,
    savings: maybeMoney(pack.savings, currency),
  }
}

function toPlan(plan: Wire<typeof planSchema>): Plan {
  const currency = plan.currency_code
  return {
    id: plan.id,
    name: plan.name,
    family: plan.family,
    description: plan.description,
    isTrial: plan.is_trial,
    chargeModel: plan.charge_model || undefined,
    price: maybeMoney(plan.price, currency),
    period: plan.period,
    periodUnit: plan.period_unit || undefined,
    allowedScanProfiles: plan.allowed_builtin_scan_profiles,
    creditPacks: (plan.allowed_credits_packs ?? []).map((pack) => toCreditPack(pack, currency)),
    discountPercent: plan.discount,
    savings: maybeMoney(plan.savings, currency),
    tiers: plan.tiers,
  }
}

export function toSubscription(account: Wire<typeof accountSchema>): Subscription {
  // Subscription amounts are billed in the plan's currency; the account balance has its own.
  const currency = account.plan?.currency_code ?? account.balance_currency_code
  return {
    status: account.status,
    plan: account.plan ? toPlan(account.plan) : null,
    targetQuantity: account.plan_target_quantity,
    poolSize: account.pool_size,
    autoCollection: account.auto_collection,
    nextBillingAt: account.next_billing_at,
    nextBillingAmount: maybeMoney(account.next_billing_amount, currency),
    trialEnd: account.trial_end,
    accountBalance: maybeMoney(account.balance, account.balance_currency_code),
    hasUsedTrial: account.has_used_trial,
    heroku: account.heroku,
    planAmount: maybeMoney(account.plan_amount, currency),
    availableSlots: account.available_slots,
  }
}

/**
 * A field the server leaves out is off, or, in the answer to a save, what was sent (`sent`): an older
 * server that answers a save without the settings has not turned them off.
 */
export function toTopUpSettings(
  settings: Wire<typeof topUpSettingsSchema>,
  sent?: TopUpSettings,
): TopUpSettings {
  const pack = settings.auto_top_up_credits_pack
  return {
    onExpiration: settings.auto_top_up_on_expiration ?? sent?.onExpiration ?? false,
    onInsufficient: settings.auto_top_up_on_insufficient ?? sent?.onInsufficient ?? false,
    pack: pack ? toCreditPack(pack) : pack === undefined ? (sent?.pack ?? null) : null,
  }
}

export function toTopUpSettingsRequest(settings: TopUpSettings): TopUpSettingsRequest {
  const { pack } = settings
  return {
    auto_top_up_on_expiration: settings.onExpiration,
    auto_top_up_on_insufficient: settings.onInsufficient,
    auto_top_up_credits_pack: pack && {
      id: pack.id,
      name: pack.name,
      price: pack.price.cents,
      currency_code: pack.price.currency ?? '',
      pack_amount: pack.credits,
      discount: pack.discountPercent,
      savings: pack.savings?.cents,
    },
  }
}

export function toPurchase(purchase: Wire<typeof purchaseSchema>): Purchase {
  const { id, status, total, amount_due, currency_code, ...details } = purchase
  return {
    id,
    status,
    total: money(total, currency_code),
    amountDue: money(amount_due, currency_code),
    details,
  }
}
