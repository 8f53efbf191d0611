import type { PaymentMethod } from '../../api/types'
import { humanize } from '../../lib/labels'

/** How many months ahead of its end a card is flagged, so there is time to replace it. */
export const SOON_MONTHS = 2

export type CardExpiry = 'expired' | 'soon' | 'valid' | 'unknown'

/**
 * A card works through the last day of its expiry month: expired from the 1st of the month after it,
 * "soon" while its last month is this month or within the next SOON_MONTHS months.
 */
export function cardExpiry({ expMonth, expYear }: PaymentMethod, now = new Date()): CardExpiry {
  if (!expMonth || !expYear || expMonth < 1 || expMonth > 12) return 'unknown'
  const monthsLeft = expYear * 12 + (expMonth - 1) - (now.getFullYear() * 12 + now.getMonth())
  if (monthsLeft < 0) return 'expired'
  return monthsLeft <= SOON_MONTHS ? 'soon' : 'valid'
}

const brands: Record<string, string> = {
  amex: 'American Express',
  diners: 'Diners Club',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
}

/** "Visa", "American Express"; a brand the API adds later is shown tidied. */
export function brandName(brand: string | undefined): string {
  if (!brand) return 'Card'
  return brands[brand.toLowerCase()] ?? humanize(brand)
}

/** "08/2028". */
export function expiryText({ expMonth, expYear }: PaymentMethod): string {
  if (!expMonth || !expYear) return '—'
  return `${String(expMonth).padStart(2, '0')}/${expYear}`
}

/** The default method first, then the rest as the server listed them. */
export function ordered(methods: readonly PaymentMethod[]): PaymentMethod[] {
  return [...methods].sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
}
