import type { Subscription } from '../../api/types'

/** Builders for the overview's unit tests: a Pro plan in EUR with three packs, changed as a test needs. */
export const eur = (cents: number) => ({ cents, currency: 'EUR' })

export const pack = (credits: number) => ({
  id: `p${credits}`,
  name: undefined,
  credits,
  price: eur(credits * 100),
  discountPercent: 0,
  savings: undefined,
})

export function subscription(
  extra: Partial<Subscription> = {},
  plan: Partial<NonNullable<Subscription['plan']>> = {},
) {
  return {
    status: 'active',
    plan: {
      id: 'pro',
      name: 'Pro',
      chargeModel: 'per_unit',
      price: eur(49900),
      period: 1,
      periodUnit: 'month',
      creditPacks: [pack(500), pack(100), pack(1000)],
      ...plan,
    },
    targetQuantity: 5,
    ...extra,
  } as Subscription
}
