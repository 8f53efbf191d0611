import { neoSubscriptionSchema } from '../../api/neo/subscription-schema'
import { scenariosFor } from '../demo-state'
import { buildNeoSubscription, nextRenewal } from './subscription'

const today = Date.UTC(2026, 10, 21)

describe('Neo demo data', () => {
  it.each(scenariosFor('neo').map(({ id }) => id))(
    '%s: parses with the app schema and adds up',
    (scenario) => {
      const json = neoSubscriptionSchema.parse(buildNeoSubscription(scenario, today))
      const seats = json.per_seat_usage ?? []
      expect(seats.reduce((sum, seat) => sum + (seat.used ?? 0), 0)).toBe(json.subscription_used ?? 0)
      for (const seat of seats) expect((seat.used ?? 0) + (seat.remaining ?? 0)).toBe(seat.allotment)
      if (json.has_subscription) {
        expect(json.available_credits).toBe((json.subscription_remaining ?? 0) + (json.topup_remaining ?? 0))
        expect(json.topup_used).toBe((json.topup_purchased ?? 0) - (json.topup_remaining ?? 0))
      }
    },
  )

  it('is the same for a scenario on the same day, and renews on the 14th', () => {
    expect(buildNeoSubscription('healthy', today)).toEqual(buildNeoSubscription('healthy', today))
    expect(new Date(nextRenewal(today)).toISOString()).toBe('2026-12-14T00:00:00.000Z')
    expect(new Date(nextRenewal(Date.UTC(2026, 10, 14))).toISOString()).toBe('2026-12-14T00:00:00.000Z')
    expect(new Date(nextRenewal(Date.UTC(2026, 10, 13))).toISOString()).toBe('2026-11-14T00:00:00.000Z')
  })
})
