import type { CreditPack, Money } from '../api/types'
import { formatCredits, formatMoney } from './format'

/** Price of one credit in the pack, in cents (fractional: €0.90 is 90). */
export function pricePerCredit(pack: CreditPack): Money {
  return { cents: pack.credits > 0 ? pack.price.cents / pack.credits : 0, currency: pack.price.currency }
}

/** "500 credits · €450.00" */
export function packTitle(pack: CreditPack): string {
  return `${formatCredits(pack.credits)} · ${formatMoney(pack.price)}`
}

/** "−10% · save €50.00", or null when the pack has no discount. */
export function packDeal(pack: CreditPack): string | null {
  const parts: string[] = []
  if (pack.discountPercent) parts.push(`\u2212${pack.discountPercent}%`)
  if (pack.savings && pack.savings.cents > 0) parts.push(`save ${formatMoney(pack.savings)}`)
  return parts.length ? parts.join(' · ') : null
}

/** "€0.90 per credit" */
export function packUnitPrice(pack: CreditPack): string {
  return `${formatMoney(pricePerCredit(pack))} per credit`
}
