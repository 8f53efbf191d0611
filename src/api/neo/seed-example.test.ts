import { InvalidResponseError } from '../errors'
import { parseBody } from '../http'
import { toCreditBuckets, toSubscription } from './subscription'
import { documentedExample } from './documented-example'
import { neoSubscriptionSchema } from './subscription-schema'

const parse = (json: unknown) =>
  parseBody('GET /api/v1/billing/subscription', JSON.stringify(json), neoSubscriptionSchema)

describe('seed 004: Neo subscription', () => {
  it('parses the documented example and maps every part of it', () => {
    const subscription = toSubscription(parse(documentedExample))
    expect(subscription).toMatchObject({
      status: '<string>',
      plan: null,
      nextBillingAt: '2023-11-07T05:31:56.000Z',
      nextBillingAmount: { cents: 123, currency: null },
      nextChargeDisplay: '<string>',
      cancelAtPeriodEnd: true,
      seats: { seats: 123, creditsPerUser: 123, interval: '<string>', collectionMethod: '<string>' },
      paymentMethods: [
        {
          id: '<string>',
          brand: '<string>',
          last4: '<string>',
          expMonth: 123,
          expYear: 123,
          isDefault: true,
        },
      ],
      pendingChange: {
        seats: 123,
        creditsPerUser: 123,
        interval: '<string>',
        effectiveAt: '2023-11-07T05:31:56.000Z',
        demotedMembers: ['<string>'],
      },
      memberUsage: [{ email: '<string>', seatStatus: '<string>', allotment: 123, used: 123, remaining: 123 }],
    })
    // An unknown collection method says nothing about automatic charging.
    expect(subscription.autoCollection).toBe(false)
    expect(subscription.creditBuckets).toEqual({
      pooled: true,
      available: 123,
      used: 123,
      buckets: [
        { kind: 'subscription', total: 123, used: 123, remaining: 123, resetsAt: '2023-11-07T05:31:56.000Z' },
        {
          kind: 'top_up',
          total: 123,
          used: 0,
          remaining: 123,
          expiresAt: '2023-11-07T05:31:56.000Z',
          lifetimePurchased: 123,
          lifetimeUsed: 123,
        },
        { kind: 'discount', total: 123, used: undefined, remaining: undefined },
      ],
    })
  })

  it('reads "no subscription" from has_subscription alone, the only required field', () => {
    const subscription = toSubscription(parse({ has_subscription: false }))
    expect(subscription.status).toBe('none')
    expect(subscription.seats).toBeUndefined()
    expect(subscription.pendingChange).toBeNull()
    expect(subscription.paymentMethods).toEqual([])
    expect(subscription.creditBuckets?.buckets).toEqual([])
  })

  it('accepts nulls and empty strings where a server leaves things out, and fractional credits', () => {
    const subscription = toSubscription(
      parse({
        has_subscription: true,
        status: 'active',
        plan: {
          seats: null,
          credits_per_user: 250.5,
          interval: '',
          collection_method: 'charge_automatically',
        },
        renews_at: null,
        next_charge_display: '',
        payment_methods: null,
        pending_change: null,
        topup_remaining: '40',
      }),
    )
    expect(subscription.seats).toEqual({
      seats: undefined,
      creditsPerUser: 250.5,
      interval: undefined,
      collectionMethod: 'charge_automatically',
    })
    expect(subscription.autoCollection).toBe(true)
    expect(subscription.nextBillingAt).toBeUndefined()
    expect(subscription.nextChargeDisplay).toBeUndefined()
    expect(toCreditBuckets(parse({ has_subscription: true, topup_remaining: 40 })).buckets).toEqual([
      expect.objectContaining({ kind: 'top_up', remaining: 40, used: undefined }),
    ])
  })

  it('still rejects what would mislead, with the typed error', () => {
    for (const bad of [
      {},
      { has_subscription: 'yes' },
      { has_subscription: true, renews_at: 'next month' },
      { has_subscription: true, available_credits: 'plenty' },
      { has_subscription: true, per_seat_usage: [{ used: 3 }] },
    ]) {
      expect(() => parse(bad)).toThrow(InvalidResponseError)
    }
  })
})
