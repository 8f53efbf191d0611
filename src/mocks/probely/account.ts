import type { AccountJson, CreditPackJson } from '../../api/probely/account-schema'
import type { Scenario } from '../demo-state'
import { DAY_MS } from './time'

/** The packs the Pro plan may buy. Prices are cents; savings = what the pack saves over €1.00 a credit. */
export const creditPacks: readonly CreditPackJson[] = [
  {
    id: 'pack_100',
    name: '100 credits',
    price: 10000,
    currency_code: 'EUR',
    pack_amount: 100,
    discount: 0,
    savings: 0,
  },
  {
    id: 'pack_500',
    name: '500 credits',
    price: 45000,
    currency_code: 'EUR',
    pack_amount: 500,
    discount: 10,
    savings: 5000,
  },
  {
    id: 'pack_1000',
    name: '1,000 credits',
    price: 80000,
    currency_code: 'EUR',
    pack_amount: 1000,
    discount: 20,
    savings: 20000,
  },
]

export function findPack(id: unknown): CreditPackJson | undefined {
  return creditPacks.find((pack) => pack.id === id)
}

/** Credits every billing period grants; the generator's grant rows use the same number. */
export const MONTHLY_PLAN_CREDITS = 500
const PLAN_PRICE = 49900
const TARGET_QUANTITY = 5

/** The first billing date strictly after `dayStart`: billing happens on the 1st of each month, 00:00 UTC. */
export function nextBillingDate(dayStartMs: number): number {
  const day = new Date(dayStartMs)
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1)
}

/**
 * The subscription per scenario. Dates hang off the start of the current UTC day, so a reload shows the
 * same account. Non-renewing keeps `next_billing_at` as the date access ends (the end of the current
 * term, nothing is charged): the API has no separate end-date field, and this is the date the page needs.
 */
export function buildAccount(scenario: Scenario, dayStartMs: number): AccountJson {
  const renewal = nextBillingDate(dayStartMs)
  const trialEnd = dayStartMs + 12 * DAY_MS
  const planAmount = PLAN_PRICE * TARGET_QUANTITY
  const base: AccountJson = {
    status: 'active',
    plan: {
      id: 'pro-monthly-eur',
      name: 'Pro',
      family: 'pro',
      description: 'Continuous scanning for growing teams, billed per target every month.',
      is_trial: false,
      charge_model: 'per_unit',
      price: PLAN_PRICE,
      currency_code: 'EUR',
      period: 1,
      period_unit: 'month',
      allowed_builtin_scan_profiles: ['lightning', 'normal', 'full', 'api'],
      allowed_credits_packs: creditPacks.map((pack) => ({ ...pack })),
      discount: 0,
      savings: 0,
      tiers: null,
    },
    plan_target_quantity: TARGET_QUANTITY,
    pool_size: 8,
    auto_collection: true,
    next_billing_at: new Date(renewal).toISOString(),
    next_billing_amount: planAmount,
    trial_end: null,
    balance: 12500,
    balance_currency_code: 'EUR',
    has_used_trial: true,
    heroku: false,
    plan_amount: planAmount,
    available_slots: 2,
  }
  switch (scenario) {
    case 'trial':
      return {
        ...base,
        status: 'in_trial',
        plan: base.plan && { ...base.plan, is_trial: true },
        trial_end: new Date(trialEnd).toISOString(),
        // The first charge happens when the trial ends.
        next_billing_at: new Date(trialEnd).toISOString(),
        balance: 0,
      }
    case 'non-renewing':
      return { ...base, status: 'non_renewing', next_billing_amount: 0, auto_collection: false }
    case 'cancelled':
      return {
        ...base,
        status: 'cancelled',
        next_billing_at: null,
        next_billing_amount: 0,
        auto_collection: false,
        available_slots: 0,
        balance: 0,
      }
    case 'low-balance':
      return { ...base, balance: 0 }
    default:
      return base
  }
}
