import type { Subscription } from '../../api/types'
import { eur, subscription } from './test-subscription'
import { billingCycle, planDeal, planPrice, planSummary, scanProfileLabel } from './plan-summary'

describe('planSummary', () => {
  it('reads charge model, price per target and cycle, and targets', () => {
    expect(planSummary(subscription())).toBe('Per unit · €499.00 per target every month · 5 targets')
    expect(planSummary(subscription({ targetQuantity: 1 }, { chargeModel: 'flat_fee', period: 3 }))).toBe(
      'Flat fee · €499.00 every 3 months · 1 target',
    )
  })

  it('adds the plan discount and savings when there are any', () => {
    const discounted = { discountPercent: 10, savings: eur(5000), periodUnit: 'year' }
    expect(planSummary(subscription({}, discounted))).toBe(
      'Per unit · €499.00 per target every year · −10% · save €50.00 · 5 targets',
    )
    expect(planDeal(subscription({}, { discountPercent: 0, savings: eur(0) }).plan!)).toBeNull()
    expect(planDeal(subscription({}, { discountPercent: 15 }).plan!)).toBe('−15%')
    expect(planDeal(subscription({}, { savings: eur(1999) }).plan!)).toBe('save €19.99')
  })

  it('leaves out what the server did not send, and is null when nothing is left', () => {
    expect(planSummary(subscription({}, { chargeModel: undefined, periodUnit: undefined }))).toBe(
      '€499.00 · 5 targets',
    )
    expect(planPrice(subscription({}, { price: undefined }).plan!)).toBeNull()
    expect(
      planSummary({ status: 'active', plan: null, targetQuantity: undefined } as Subscription),
    ).toBeNull()
  })
})

describe('billingCycle', () => {
  it('says every unit in words, singular or plural, for weeks, months and years', () => {
    expect(billingCycle(1, 'month')).toBe('every month')
    expect(billingCycle(3, 'month')).toBe('every 3 months')
    expect(billingCycle(1, 'week')).toBe('every week')
    expect(billingCycle(2, 'week')).toBe('every 2 weeks')
    expect(billingCycle(undefined, 'year')).toBe('every year')
    expect(billingCycle(2, 'year')).toBe('every 2 years')
  })

  it('reads a nonsensical count as 1, a new unit as it came, and nothing without a unit', () => {
    expect(billingCycle(0, 'month')).toBe('every month')
    expect(billingCycle(-2, 'week')).toBe('every week')
    expect(billingCycle(2, 'fortnight')).toBe('every 2 fortnights')
    expect(billingCycle(1, 'half_year')).toBe('every half year')
    expect(billingCycle(3, undefined)).toBeNull()
    expect(billingCycle(3, '')).toBeNull()
  })
})

describe('scanProfileLabel', () => {
  it('turns profile ids into words, keeping API in capitals', () => {
    expect(['lightning', 'full', 'api', 'lightning_api'].map(scanProfileLabel)).toEqual([
      'Lightning',
      'Full',
      'API',
      'Lightning API',
    ])
  })
})
