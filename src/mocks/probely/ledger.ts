import type { AccountJson } from '../../api/probely/account-schema'
import type { UsageRowJson } from '../../api/probely/usage-schema'
import type { Scenario } from '../demo-state'
import { buildAccount } from './account'
import { generateDemoData, type DemoData } from './generate'
import { loadPurchases, type DemoPurchase } from './store'
import { startOfUtcDay } from './time'

/**
 * The ledger the API serves: the generated history plus the packs bought in the demo. A purchase adds its
 * credits to every later row's balance, so the running balance stays consistent wherever the purchase
 * falls (a pack bought yesterday lands inside today's regenerated history).
 */

function purchaseRow(purchase: DemoPurchase, previous: UsageRowJson | undefined): UsageRowJson {
  const balance = Number(previous?.balance ?? 0) + purchase.credits
  const onHold = Number(previous?.on_hold ?? 0)
  return {
    timestamp: purchase.timestamp,
    operation: 'purchased',
    amount: purchase.credits,
    description: `Purchased ${purchase.credits} credits pack`,
    scan: null,
    target: null,
    balance,
    on_hold: onHold,
    full_balance: balance + onHold,
  }
}

/** Shifts a generated row by the credits bought before it; untouched rows are shared, not copied. */
function shifted(row: UsageRowJson, credits: number): UsageRowJson {
  if (credits === 0) return row
  const balance = Number(row.balance) + credits
  return { ...row, balance, full_balance: balance + Number(row.on_hold ?? 0) }
}

export function mergePurchases(
  base: readonly UsageRowJson[],
  purchases: readonly DemoPurchase[],
): UsageRowJson[] {
  const pending = [...purchases].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp))
  const rows: UsageRowJson[] = []
  let bought = 0
  let next = 0
  const takePurchasesBefore = (ms: number) => {
    for (let p = pending[next]; p && Date.parse(p.timestamp) < ms; p = pending[++next]) {
      rows.push(purchaseRow(p, rows[rows.length - 1]))
      bought += p.credits
    }
  }
  for (const row of base) {
    takePurchasesBefore(Date.parse(String(row.timestamp)))
    rows.push(shifted(row, bought))
  }
  takePurchasesBefore(Infinity)
  return rows
}

const merged = new WeakMap<readonly UsageRowJson[], { key: string; rows: UsageRowJson[] }>()

/** The data the handlers answer from, for the scenario and day in force; `usage` includes demo purchases. */
export function currentData(scenario: Scenario, now: Date): DemoData {
  const data = generateDemoData(scenario, now)
  const purchases = loadPurchases(scenario)
  if (purchases.length === 0) return data
  const key = JSON.stringify(purchases)
  const hit = merged.get(data.usage)
  if (hit?.key === key) return { ...data, usage: hit.rows }
  const rows = mergePurchases(data.usage, purchases)
  merged.set(data.usage, { key, rows })
  return { ...data, usage: rows }
}

/** The account alone, without generating the ledger (which takes a while in the heavy scenario). */
export function currentAccount(scenario: Scenario, now: Date): AccountJson {
  return buildAccount(scenario, startOfUtcDay(now))
}
