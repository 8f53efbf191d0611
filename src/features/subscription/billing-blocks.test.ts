import type { CreditBucket, MemberUsage, PaymentMethod, Subscription } from '../../api/types'
import { availableCredits, byRunOut, holdingBuckets, renewalText, shares } from './credit-buckets'
import { nextSort, validateOverviewSearch } from './member-search'
import { memberRows } from './member-usage'
import { brandName, cardExpiry, expiryText } from './payment-methods'
import { nextCharge, seatPlanSummary, seatStatusView } from './seat-plan'
import { usageLevel, usedPercent } from './usage-level'

const card = (expMonth?: number, expYear?: number): PaymentMethod => ({
  id: 'pm',
  brand: 'visa',
  last4: '4242',
  expMonth,
  expYear,
  isDefault: false,
})

describe('card expiry', () => {
  const now = new Date(2026, 10, 21) // 21 Nov 2026, local
  it('is valid through the last day of its month, and soon within two months', () => {
    expect(cardExpiry(card(10, 2026), now)).toBe('expired')
    expect(cardExpiry(card(11, 2026), now)).toBe('soon')
    expect(cardExpiry(card(1, 2027), now)).toBe('soon')
    expect(cardExpiry(card(2, 2027), now)).toBe('valid')
    expect(cardExpiry(card(13, 2027), now)).toBe('unknown')
    expect(cardExpiry(card(), now)).toBe('unknown')
  })

  it('names brands and pads the month', () => {
    expect(brandName('amex')).toBe('American Express')
    expect(brandName('cartes_bancaires')).toBe('Cartes bancaires')
    expect(brandName(undefined)).toBe('Card')
    expect(expiryText(card(8, 2028))).toBe('08/2028')
  })
})

describe('credit buckets', () => {
  const bucket = (kind: string, remaining: number, extra: Partial<CreditBucket> = {}): CreditBucket => ({
    kind,
    total: 100,
    used: 100 - remaining,
    remaining,
    ...extra,
  })

  it('run out in the order their credits end; empty ones and undated ones last', () => {
    const order = byRunOut([
      bucket('top_up', 50, { expiresAt: '2027-03-01T00:00:00Z' }),
      bucket('later', 10),
      bucket('subscription', 20, { resetsAt: '2026-12-14T00:00:00Z' }),
      bucket('empty', 0, { expiresAt: '2026-11-30T00:00:00Z' }),
    ])
    expect(order.map(({ kind }) => kind)).toEqual(['subscription', 'top_up', 'later', 'empty'])
  })

  it('show what holds credits, split in shares, with the server total first', () => {
    const credits = {
      pooled: true,
      available: undefined,
      used: undefined,
      buckets: [
        bucket('subscription', 30),
        bucket('top_up', 10),
        bucket('discount', 0, { remaining: undefined }),
        bucket('never', 0, { total: 0 }),
      ],
    }
    expect(holdingBuckets(credits).map(({ kind }) => kind)).toEqual(['subscription', 'top_up'])
    expect(availableCredits(credits)).toBe(40)
    expect(availableCredits({ ...credits, available: 38 })).toBe(38)
    expect(shares(holdingBuckets(credits)).map(({ percent }) => percent)).toEqual([75, 25])
  })

  it('word the renewal cycle, and an unknown one by its name', () => {
    expect(renewalText('MONTHLY')).toBe('Renews every month')
    expect(renewalText('NONE')).toBe('Does not renew')
    expect(renewalText('BI_WEEKLY')).toBe('Renewal: Bi weekly')
    expect(renewalText(undefined)).toBeNull()
  })
})

describe('usage level', () => {
  it('warns from 80 % and marks 100 %, over 100 % too', () => {
    expect(usageLevel(usedPercent(79, 100))).toBe('ok')
    expect(usageLevel(usedPercent(80, 100))).toBe('warning')
    expect(usageLevel(usedPercent(100, 100))).toBe('full')
    expect(usedPercent(150, 100)).toBe(150)
    expect(usedPercent(5, 0)).toBe(100)
    expect(usedPercent(undefined, 100)).toBeNull()
  })
})

describe('members', () => {
  const members: MemberUsage[] = [
    { email: 'b@x.example', seatStatus: 'active', allotment: 100, used: 90, remaining: 10 },
    { email: 'a@x.example', seatStatus: 'invited', allotment: 100, used: 0, remaining: 100 },
    { email: 'c@y.example', seatStatus: undefined, allotment: undefined, used: 5, remaining: undefined },
  ]
  const emails = (search: string, sort: Parameters<typeof memberRows>[2]) =>
    memberRows(members, search, sort).map(({ email }) => email)

  it('sort by any column, unknown values last, and filter by email', () => {
    expect(emails('', '-usage')).toEqual(['b@x.example', 'a@x.example', 'c@y.example'])
    expect(emails('', 'email')).toEqual(['a@x.example', 'b@x.example', 'c@y.example'])
    expect(emails('', 'remaining')).toEqual(['b@x.example', 'a@x.example', 'c@y.example'])
    expect(emails(' X.EXAMPLE ', 'email')).toEqual(['a@x.example', 'b@x.example'])
  })

  it('read the URL leniently and leave defaults out of it', () => {
    expect(validateOverviewSearch({ member: 'ana', memberSort: 'used' })).toEqual({
      member: 'ana',
      memberSort: 'used',
    })
    expect(validateOverviewSearch({ member: '  ', memberSort: '-usage' })).toEqual({})
    expect(validateOverviewSearch({ memberSort: 'password' })).toEqual({})
    expect(nextSort('-usage', 'email')).toBe('email')
    expect(nextSort('email', 'email')).toBe('-email')
    expect(nextSort('-email', 'email')).toBe('email')
    expect(nextSort('email', 'used')).toBe('-used')
  })
})

describe('seat subscription wording', () => {
  const subscription = (extra: Partial<Subscription>) =>
    ({ status: 'active', autoCollection: true, ...extra }) as Subscription

  it('says what each status means, and that a cancelled one ends with its period', () => {
    expect(seatStatusView(subscription({})).label).toBe('Active')
    expect(seatStatusView(subscription({ cancelAtPeriodEnd: true }))).toMatchObject({
      label: 'Cancelling',
      tone: 'warning',
    })
    expect(seatStatusView(subscription({ status: 'past_due' }))).toMatchObject({
      label: 'Past due',
      tone: 'danger',
    })
    expect(seatStatusView(subscription({ status: 'incomplete' })).meaning).toMatch(/first payment/)
    expect(seatStatusView(subscription({ status: 'canceled' })).label).toBe('Canceled')
    expect(seatStatusView(subscription({ status: 'none' })).label).toBe('No subscription')
    expect(seatStatusView(subscription({ status: 'paused' }))).toMatchObject({
      label: 'Paused',
      tone: 'neutral',
    })
  })

  it('sums up the seats and prefers the server words for the next charge', () => {
    const seats = { seats: 1, creditsPerUser: 1000, interval: 'year', collectionMethod: 'send_invoice' }
    expect(seatPlanSummary(subscription({ seats }))).toBe(
      '1 seat · 1,000 credits per member a month · billed every year · invoiced',
    )
    expect(
      nextCharge(
        subscription({ nextChargeDisplay: '€49.00', nextBillingAmount: { cents: 4900, currency: null } }),
      ),
    ).toBe('€49.00')
    expect(nextCharge(subscription({ nextBillingAmount: { cents: 4900, currency: null } }))).toMatch(
      /^49\.00$/,
    )
    expect(nextCharge(subscription({ nextBillingAmount: { cents: 0, currency: null } }))).toBeNull()
  })
})
