import type { NeoSubscriptionJson } from './subscription-schema'

/** The example response of `GET /api/v1/billing/subscription`, exactly as seed 004 gives it (for tests). */
export const documentedExample = {
  has_subscription: true,
  available_credits: 123,
  cancel_at_period_end: true,
  discount_credits: 123,
  next_charge_cents: 123,
  next_charge_display: '<string>',
  payment_methods: [
    { brand: '<string>', exp_month: 123, exp_year: 123, id: '<string>', is_default: true, last4: '<string>' },
  ],
  pending_change: {
    credits_per_user: 123,
    demote_member_emails: ['<string>'],
    effective_at: '2023-11-07T05:31:56Z',
    interval: '<string>',
    seats: 123,
  },
  per_seat_usage: [{ allotment: 123, email: '<string>', remaining: 123, seat_status: '<string>', used: 123 }],
  plan: { collection_method: '<string>', credits_per_user: 123, interval: '<string>', seats: 123 },
  renews_at: '2023-11-07T05:31:56Z',
  reset_at: '2023-11-07T05:31:56Z',
  status: '<string>',
  subscription_credits: 123,
  subscription_remaining: 123,
  subscription_used: 123,
  topup_credits: 123,
  topup_expires_at: '2023-11-07T05:31:56Z',
  topup_purchased: 123,
  topup_remaining: 123,
  topup_used: 123,
  used_credits: 123,
} satisfies NeoSubscriptionJson
