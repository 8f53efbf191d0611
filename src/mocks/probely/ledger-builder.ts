import type { ScanJson, TargetJson, UsageRowJson, usageOperations } from '../../api/probely/usage-schema'
import type { CreditPackJson } from '../../api/probely/account-schema'
import { MONTHLY_PLAN_CREDITS } from './account'
import { addMonths } from './time'

/**
 * The credit ledger as a running account. Business rules (of the demo; the docs give only the first):
 * - Purchased credits expire 12 months after the last purchase: whatever purchased credits are left then
 *   leave in one 'expired' row. Each purchase pushes that date back.
 * - Plan credits (the monthly grant) do not roll over: what is left at the end of a billing period expires.
 * - Scans spend plan credits first (they expire sooner), then purchased ones.
 * - A running scan reserves its cost: it leaves `balance` and goes to `on_hold`, so `full_balance` is
 *   unchanged; a finished scan's row is written at completion and simply spends.
 * Every row carries balance, on_hold and full_balance = balance + on_hold after the row.
 */

export interface ScanUse {
  scan: ScanJson
  target: TargetJson
  description: string
  /** True for a scan still running: its credits are held, not spent. */
  hold: boolean
}

/** What a row says; the builder adds the timestamp and the running balances. */
interface RowContent {
  operation: (typeof usageOperations)[number]
  amount: number
  description: string | null
  scan: ScanJson | null
  target: TargetJson | null
}

export class LedgerBuilder {
  readonly rows: UsageRowJson[] = []
  balance = 0
  onHold = 0
  private planCredits = 0
  private purchasedCredits = 0
  private lastPurchaseMs: number | null = null
  private lastMs = -Infinity

  /** Rows must be strictly ascending: an event that would tie or go back in time moves one second later. */
  private append(ms: number, row: RowContent): number {
    const at = ms > this.lastMs ? ms : this.lastMs + 1000
    this.lastMs = at
    this.rows.push({
      timestamp: new Date(at).toISOString(),
      ...row,
      balance: this.balance,
      on_hold: this.onHold,
      full_balance: this.balance + this.onHold,
    })
    return at
  }

  /** Emits the purchased-credits expiry if its date has come by `ms`. Call before every event. */
  settle(ms: number): void {
    if (this.lastPurchaseMs === null || this.purchasedCredits <= 0) return
    const expiresAt = addMonths(this.lastPurchaseMs, 12)
    if (expiresAt > ms) return
    const amount = this.purchasedCredits
    this.purchasedCredits = 0
    this.balance -= amount
    const description = 'Purchased credits expired 12 months after the last purchase'
    this.append(expiresAt, { operation: 'expired', amount, description, scan: null, target: null })
  }

  grant(ms: number): void {
    this.settle(ms)
    this.planCredits += MONTHLY_PLAN_CREDITS
    this.balance += MONTHLY_PLAN_CREDITS
    const description = 'Monthly plan credits'
    this.append(ms, {
      operation: 'earned',
      amount: MONTHLY_PLAN_CREDITS,
      description,
      scan: null,
      target: null,
    })
  }

  /** At the end of a billing period: unused plan credits lapse. */
  expirePlanCredits(ms: number): void {
    this.settle(ms)
    if (this.planCredits <= 0) return
    const amount = this.planCredits
    this.planCredits = 0
    this.balance -= amount
    const description = 'Unused plan credits expired at the end of the billing period'
    this.append(ms, { operation: 'expired', amount, description, scan: null, target: null })
  }

  purchase(ms: number, pack: CreditPackJson): void {
    this.settle(ms)
    const amount = Number(pack.pack_amount)
    this.purchasedCredits += amount
    this.balance += amount
    const at = this.append(ms, {
      operation: 'purchased',
      amount,
      description: `Purchased ${amount} credits pack`,
      scan: null,
      target: null,
    })
    this.lastPurchaseMs = at
  }

  useCredits(ms: number, amount: number, use: ScanUse): void {
    this.settle(ms)
    const fromPlan = Math.min(this.planCredits, amount)
    this.planCredits -= fromPlan
    this.purchasedCredits -= amount - fromPlan
    this.balance -= amount
    if (use.hold) this.onHold += amount
    this.append(ms, {
      operation: 'used',
      amount,
      description: use.description,
      scan: use.scan,
      target: use.target,
    })
  }
}
