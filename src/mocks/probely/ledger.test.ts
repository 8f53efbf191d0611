import { describe, expect, it } from 'vitest'
import { generateDemoData } from './generate'
import { mergePurchases } from './ledger'
import { ledgerProblems } from './ledger-invariants'

const base = generateDemoData('healthy', new Date('2026-11-21T12:00:00Z')).usage
const buy = (timestamp: string, credits: number, n = 1) => ({
  invoiceId: `demo-inv-${n}`,
  packId: `pack_${credits}`,
  credits,
  price: credits * 90,
  timestamp,
})

describe('mergePurchases', () => {
  it('appends today’s purchases after the history, on top of the last balance', () => {
    const rows = mergePurchases(base, [buy('2026-11-21T12:00:00.000Z', 500)])
    const last = rows[rows.length - 1]
    expect(rows).toHaveLength(base.length + 1)
    expect(last).toMatchObject({
      operation: 'purchased',
      amount: 500,
      balance: Number(base[base.length - 1]?.balance) + 500,
    })
    expect(last?.on_hold).toBe(base[base.length - 1]?.on_hold)
    expect(ledgerProblems(rows)).toEqual([])
  })

  it('lifts every later balance when an older purchase lands inside the history', () => {
    const middle = base[3000]
    const at = new Date(Date.parse(String(middle?.timestamp)) - 1).toISOString()
    const rows = mergePurchases(base, [buy(at, 1000, 2), buy('2026-11-21T12:00:00.000Z', 100, 3)])
    expect(rows[3000]?.timestamp).toBe(at)
    expect(rows[3001]?.balance).toBe(Number(middle?.balance) + 1000)
    expect(rows[rows.length - 2]?.balance).toBe(Number(base[base.length - 1]?.balance) + 1000)
    expect(ledgerProblems(rows)).toEqual([])
  })

  it('shares untouched rows instead of copying them', () => {
    const rows = mergePurchases(base, [buy('2026-11-21T12:00:00.000Z', 100)])
    expect(rows[0]).toBe(base[0])
  })
})
