import type { Subscription } from '../api/types'
import { billingPeriods } from './billing-period'

const subscription = (nextBillingAt: string | null, period = 1, periodUnit = 'month') =>
  ({ nextBillingAt, plan: { period, periodUnit } }) as unknown as Subscription

describe('billingPeriods', () => {
  it('ends the current period at the next billing date and steps back one cycle at a time', () => {
    const periods = billingPeriods(subscription('2026-12-01T00:00:00.000Z'))
    expect(periods?.current.start.toISOString()).toBe('2026-11-01T00:00:00.000Z')
    expect(periods?.previous.start.toISOString()).toBe('2026-10-01T00:00:00.000Z')
    expect(periods?.previous.end.toISOString()).toBe('2026-11-01T00:00:00.000Z')
  })

  it('follows weekly, quarterly and yearly cycles', () => {
    expect(billingPeriods(subscription('2026-12-01T00:00:00Z', 2, 'week'))?.current.start.toISOString()).toBe(
      '2026-11-17T00:00:00.000Z',
    )
    expect(billingPeriods(subscription('2026-12-01T00:00:00Z', 3))?.current.start.toISOString()).toBe(
      '2026-09-01T00:00:00.000Z',
    )
    expect(
      billingPeriods(subscription('2026-12-01T00:00:00Z', 1, 'year'))?.previous.start.toISOString(),
    ).toBe('2024-12-01T00:00:00.000Z')
  })

  it('is null without a next billing date', () => {
    expect(billingPeriods(subscription(null))).toBeNull()
  })
})
