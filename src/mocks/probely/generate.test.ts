import { describe, expect, it } from 'vitest'
import { accountSchema } from '../../api/probely/account-schema'
import { usageRowSchema, type UsageRowJson } from '../../api/probely/usage-schema'
import { scenarios } from '../demo-state'
import { buildDemoData, generateDemoData } from './generate'
import { hostileDescriptions } from './descriptions'
import { ledgerProblems } from './ledger-invariants'

const NOW = new Date('2026-11-21T14:05:00Z')
const healthy = generateDemoData('healthy', NOW)
const MONTH_MS = 30.44 * 86_400_000

const span = (rows: UsageRowJson[]) =>
  Date.parse(String(rows[rows.length - 1]?.timestamp)) - Date.parse(String(rows[0]?.timestamp))

describe('generateDemoData', () => {
  it('builds every row and the account through the app schemas', () => {
    for (const row of healthy.usage) usageRowSchema.parse(row)
    for (const { id } of scenarios) accountSchema.parse(generateDemoData(id, NOW).account)
  })

  it('is deterministic for a scenario and a UTC day, and changes with the day', () => {
    const later = buildDemoData('healthy', new Date('2026-11-21T23:59:59Z'))
    expect(JSON.stringify(later)).toBe(JSON.stringify(healthy))
    const nextDay = buildDemoData('healthy', new Date('2026-11-22T00:00:00Z'))
    expect(nextDay.usage.length).not.toBe(healthy.usage.length)
  })

  it('ends before the start of the day it was made for', () => {
    const last = healthy.usage[healthy.usage.length - 1]
    expect(Date.parse(String(last?.timestamp))).toBeLessThan(Date.parse('2026-11-21T00:00:00Z'))
  })

  it('has at least 5,000 rows over at least 18 months', () => {
    expect(healthy.usage.length).toBeGreaterThanOrEqual(5000)
    expect(span(healthy.usage)).toBeGreaterThanOrEqual(18 * MONTH_MS)
  })

  it.each(['healthy', 'low-balance'] as const)('keeps a consistent running balance (%s)', (scenario) => {
    expect(ledgerProblems(generateDemoData(scenario, NOW).usage)).toEqual([])
  })

  it('has every kind of operation, with expiries', () => {
    const count = (op: string) => healthy.usage.filter((row) => row.operation === op).length
    expect(count('used')).toBeGreaterThan(4000)
    expect(count('purchased')).toBeGreaterThan(5)
    expect(count('earned')).toBeGreaterThanOrEqual(18)
    expect(count('expired')).toBeGreaterThanOrEqual(3)
    const purchase = healthy.usage.find((row) => row.operation === 'purchased')
    expect(purchase?.description).toMatch(/^Purchased \d+ credits pack$/)
  })

  it('ends with two or three running scans holding their credits', () => {
    const tail = healthy.usage.slice(-3)
    for (const row of tail) {
      expect(row.operation).toBe('used')
      expect(row.scan?.completed).toBeNull()
      expect(['started', 'queued']).toContain(row.scan?.status)
    }
    const held = tail.reduce((sum, row) => sum + Number(row.amount), 0)
    expect(tail[2]?.on_hold).toBe(held)
    expect(healthy.usage.slice(0, -3).every((row) => row.scan?.completed !== null)).toBe(true)
  })

  it('has at least 6 targets in 2 scopes, with labels', () => {
    expect(healthy.targets.length).toBeGreaterThanOrEqual(6)
    const scopeNames = new Set(healthy.targets.map((t) => (t.scope as { name: string }).name))
    expect([...scopeNames].sort()).toEqual(['Platform', 'Retail'])
    const labels = new Set(healthy.targets.flatMap((t) => t.labels?.map((l) => l.name) ?? []))
    expect(labels).toEqual(new Set(['production', 'staging', 'pci', 'internal', 'api']))
    const used = new Set(healthy.usage.map((row) => row.target?.id).filter(Boolean))
    expect(used.size).toBe(healthy.targets.length)
  })

  it('carries hostile, null and maximum-length descriptions', () => {
    const descriptions = healthy.usage.map((row) => row.description)
    for (const hostile of hostileDescriptions) expect(descriptions).toContain(hostile)
    expect(descriptions).toContain(null)
    expect(descriptions.some((text) => text?.includes('\u202E'))).toBe(true)
    expect(descriptions.some((text) => text?.length === 150)).toBe(true)
    expect(descriptions.every((text) => text == null || text.length <= 150)).toBe(true)
    // On the first page of the default ordering, where a reviewer sees them.
    const recent = healthy.usage.slice(-30).map((row) => row.description)
    expect(recent).toContain('<script>alert(1)</script>')
  })

  it('gives the account a paid EUR plan with three packs', () => {
    const { account } = healthy
    expect(account.status).toBe('active')
    expect(account.plan?.currency_code).toBe('EUR')
    expect(account.plan?.allowed_credits_packs?.map((p) => [p.id, p.pack_amount, p.price])).toEqual([
      ['pack_100', 100, 10000],
      ['pack_500', 500, 45000],
      ['pack_1000', 1000, 80000],
    ])
    expect(Date.parse(String(account.next_billing_at))).toBeGreaterThan(NOW.getTime())
  })

  it('shapes the account per scenario', () => {
    const trial = generateDemoData('trial', NOW).account
    expect(trial.status).toBe('in_trial')
    expect(trial.plan?.is_trial).toBe(true)
    expect(trial.trial_end).toBe('2026-12-03T00:00:00.000Z')
    const ending = generateDemoData('non-renewing', NOW).account
    expect([ending.status, ending.next_billing_at, ending.next_billing_amount]).toEqual([
      'non_renewing',
      '2026-12-01T00:00:00.000Z',
      0,
    ])
    const cancelled = generateDemoData('cancelled', NOW).account
    expect([cancelled.status, cancelled.next_billing_at]).toEqual(['cancelled', null])
  })

  it('leaves the low-balance account below the smallest pack', () => {
    const usage = generateDemoData('low-balance', NOW).usage
    expect(usage[usage.length - 1]?.balance).toBe(37)
  })

  it('builds the heavy account: 100,000+ consistent rows over three years, in well under 1.5 s', () => {
    const started = performance.now()
    const heavy = buildDemoData('heavy', NOW)
    const elapsed = performance.now() - started
    expect(heavy.usage.length).toBeGreaterThanOrEqual(100_000)
    expect(span(heavy.usage)).toBeGreaterThanOrEqual(36 * MONTH_MS)
    expect(ledgerProblems(heavy.usage)).toEqual([])
    // Generous for slow CI machines; locally it takes about half a second.
    expect(elapsed).toBeLessThan(4000)
  })
})
