import { subscription } from './test-subscription'
import { autoTopUpWhen } from './AutoTopUpCard'
import { defaultThreshold, parseThreshold } from './low-balance-threshold'
import { localDate, usedInPeriodQuery, usedInPeriodSearch } from './period-usage'
import { daysPhrase, daysUntil, statusView } from './subscription-status'

const NOW = Date.parse('2026-11-21T12:00:00Z')

describe('statusView', () => {
  // Local dates: days are counted in the user's calendar, whatever zone the tests run in.
  const at = (day: number, hour = 0) => new Date(2026, 10, day, hour).toISOString()
  const now = new Date(2026, 10, 21, 12).getTime()
  const trial = (trialEnd: string | null) =>
    statusView(subscription({ status: 'in_trial', trialEnd }), now).label

  it('counts the trial days left in calendar days, matching the date shown, and says when it ends today', () => {
    expect(trial(new Date(2026, 11, 3, 0, 30).toISOString())).toBe('Trial · 12 days left')
    expect(trial(new Date(2026, 11, 3, 23, 30).toISOString())).toBe('Trial · 12 days left')
    expect(trial(at(22, 1))).toBe('Trial · 1 day left')
    expect(trial(at(21, 23))).toBe('Trial · ends today')
    expect(trial(at(19))).toBe('Trial · ended')
    expect(trial(null)).toBe('Trial')
    expect(daysUntil(at(24, 11), now)).toBe(3)
  })

  it('phrases a day count beside its date', () => {
    expect([0, 1, -1, 10, -3, 1200].map(daysPhrase)).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 10 days',
      '3 days ago',
      'in 1,200 days',
    ])
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
