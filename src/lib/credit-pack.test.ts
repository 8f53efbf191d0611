import type { CreditPack } from '../api/types'
import { packDeal, packTitle, packUnitPrice, pricePerCredit } from './credit-pack'

const pack = (extra: Partial<CreditPack> = {}): CreditPack => ({
  id: 'p',
  name: undefined,
  credits: 500,
  price: { cents: 45000, currency: 'EUR' },
  discountPercent: 10,
  savings: { cents: 5000, currency: 'EUR' },
  ...extra,
})

describe('credit pack wording', () => {
  it('prices one credit', () => {
    expect(pricePerCredit(pack())).toEqual({ cents: 90, currency: 'EUR' })
    expect(packUnitPrice(pack())).toMatch(/0\.90 per credit/)
    expect(pricePerCredit(pack({ credits: 0 })).cents).toBe(0)
  })

  it('states the pack, its discount and its savings', () => {
    expect(packTitle(pack())).toMatch(/^500 credits · €450\.00$/)
    expect(packDeal(pack())).toBe('\u221210% · save €50.00')
    expect(packDeal(pack({ discountPercent: 0, savings: undefined }))).toBeNull()
  })
})
