import type { Subscription } from '../../api/types'
import { autoTopUpWhen } from './AutoTopUpCard'
import { defaultThreshold, parseThreshold } from './low-balance-threshold'
import { localDate, usedInPeriodQuery, usedInPeriodSearch } from './period-usage'
import { billingCycle, planSummary } from './plan-summary'
import { daysUntil, statusView } from './subscription-status'

const NOW = Date.parse('2026-11-21T12:00:00Z')
const eur = (cents: number) => ({ cents, currency: 'EUR' })
const pack = (credits: number) => ({
  id: `p${credits}`,
  name: undefined,
  credits,
  price: eur(credits * 100),
  discountPercent: 0,
  savings: undefined,
})

function subscription(
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

describe('statusView', () => {
  it('counts the trial days left, rounding up, and says when it ends today', () => {
    expect(
      statusView(subscription({ status: 'in_trial', trialEnd: '2026-12-03T00:00:00Z' }), NOW).label,
    ).toBe('Trial · 12 days left')
    expect(
      statusView(subscription({ status: 'in_trial', trialEnd: '2026-11-22T00:00:00Z' }), NOW).label,
    ).toBe('Trial · 1 day left')
    expect(
      statusView(subscription({ status: 'in_trial', trialEnd: '2026-11-21T00:00:00Z' }), NOW).label,
    ).toBe('Trial · ends today')
    expect(statusView(subscription({ status: 'in_trial', trialEnd: null }), NOW).label).toBe('Trial')
    expect(daysUntil('2026-11-24T11:00:00Z', NOW)).toBe(3)
  })

  it('gives every status words and a tone, and only a cancelled one cannot buy', () => {
    const views = ['future', 'in_trial', 'active', 'non_renewing', 'cancelled', 'on_hold'].map((status) =>
      statusView(subscription({ status }), NOW),
    )
    expect(views.map((v) => v.label)).toEqual([
      'Starts soon',
      'Trial',
      'Active',
      'Ending',
      'Cancelled',
      'On hold',
    ])
    expect(views.map((v) => v.tone)).toEqual(['info', 'info', 'success', 'warning', 'danger', 'neutral'])
    expect(views.map((v) => v.canBuy)).toEqual([true, true, true, true, false, true])
  })

  it('says an active subscription without auto-collection is invoiced', () => {
    expect(statusView(subscription({ autoCollection: false }), NOW).meaning).toMatch(/invoiced/)
  })
})

describe('planSummary', () => {
  it('reads charge model, price per target and cycle, and targets', () => {
    expect(planSummary(subscription())).toBe('Per unit · €499.00 per target every month · 5 targets')
    expect(planSummary(subscription({ targetQuantity: 1 }, { chargeModel: 'flat_fee', period: 3 }))).toBe(
      'Flat fee · €499.00 every 3 months · 1 target',
    )
  })

  it('leaves out what the server did not send, and is null when nothing is left', () => {
    expect(planSummary(subscription({}, { chargeModel: undefined, periodUnit: undefined }))).toBe(
      '€499.00 · 5 targets',
    )
    expect(
      planSummary({ status: 'active', plan: null, targetQuantity: undefined } as Subscription),
    ).toBeNull()
    expect(billingCycle(undefined, 'year')).toBe('every year')
    expect(billingCycle(2, 'week')).toBe('every 2 weeks')
  })
})

describe('billing period usage', () => {
  const period = { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') }

  it('asks for used credits up to the millisecond before the next period', () => {
    expect(usedInPeriodQuery(period)).toEqual({
      startDt: '2026-11-01T00:00:00.000Z',
      endDt: '2026-11-30T23:59:59.999Z',
      operations: ['used'],
    })
  })

  it('links to local, inclusive days, stopping a running period at today', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    const search = usedInPeriodSearch(period, NOW)
    expect(search).toEqual({
      from: localDate(period.start),
      to: localDate(new Date(NOW)),
      operation: 'used',
    })
    const past = { start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-11-01T00:00:00Z') }
    expect(usedInPeriodSearch(past, NOW).to).toBe(localDate(new Date('2026-10-31T23:59:59.999Z')))
  })
})

describe('low-balance threshold', () => {
  it('defaults to the smallest pack, or none without packs', () => {
    expect(defaultThreshold(subscription())).toBe(100)
    expect(defaultThreshold(subscription({}, { creditPacks: [] }))).toBeNull()
    expect(defaultThreshold(undefined)).toBeNull()
  })

  it('accepts whole numbers of credits only', () => {
    expect(parseThreshold('250')).toBe(250)
    expect(parseThreshold(' 0 ')).toBe(0)
    for (const bad of ['', '-1', '1.5', 'abc', '1e3', '99999999999', null])
      expect(parseThreshold(bad)).toBeNull()
  })
})

describe('auto top-up wording', () => {
  it('says when credits are bought, or null when never', () => {
    const settings = (onInsufficient: boolean, onExpiration: boolean) => ({
      onInsufficient,
      onExpiration,
      pack: null,
    })
    expect(autoTopUpWhen(settings(true, false))).toBe('when the balance runs out')
    expect(autoTopUpWhen(settings(false, true))).toBe('when purchased credits expire')
    expect(autoTopUpWhen(settings(true, true))).toBe('when the balance runs out and when credits expire')
    expect(autoTopUpWhen(settings(false, false))).toBeNull()
  })
})
