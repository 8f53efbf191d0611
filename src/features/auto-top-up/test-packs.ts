import type { CreditPack } from '../../api/types'

/** Packs as the plan in the demo sells them, in the domain shape; for the unit tests. */
const eur = (cents: number) => ({ cents, currency: 'EUR' })

export const pack100: CreditPack = {
  id: 'pack_100',
  name: '100 credits',
  credits: 100,
  price: eur(10000),
  discountPercent: 0,
  savings: eur(0),
}
export const pack500: CreditPack = {
  id: 'pack_500',
  name: '500 credits',
  credits: 500,
  price: eur(45000),
  discountPercent: 10,
  savings: eur(5000),
}
export const pack1000: CreditPack = {
  id: 'pack_1000',
  name: '1,000 credits',
  credits: 1000,
  price: eur(80000),
  discountPercent: 20,
  savings: eur(20000),
}
/** A pack the plan once sold and no longer does. */
export const pack2000: CreditPack = {
  id: 'pack_2000',
  name: '2,000 credits',
  credits: 2000,
  price: eur(150000),
  discountPercent: 25,
  savings: eur(50000),
}
export const allowedPacks = [pack100, pack500, pack1000]
