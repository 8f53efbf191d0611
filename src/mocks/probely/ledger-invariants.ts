import type { UsageRowJson } from '../../api/probely/usage-schema'

/**
 * The rules every ledger the demo serves must keep, as a checker the tests (and a curious developer) run:
 * rows ascend in time; `amount` is a positive magnitude; 'purchased' and 'earned' add it to the balance,
 * 'used' and 'expired' take it away; a running scan (no completion) moves it to `on_hold`;
 * `full_balance = balance + on_hold`; the balance never goes negative. The first row starts from zero.
 */
export function ledgerProblems(rows: readonly UsageRowJson[], limit = 10): string[] {
  const problems: string[] = []
  let balance = 0
  let onHold = 0
  let lastMs = -Infinity
  for (const [i, row] of rows.entries()) {
    if (problems.length >= limit) break
    const at = `row ${i} (${String(row.timestamp)})`
    const amount = Number(row.amount)
    const ms = Date.parse(String(row.timestamp))
    const sign = row.operation === 'purchased' || row.operation === 'earned' ? 1 : -1
    const running = row.operation === 'used' && row.scan != null && row.scan.completed == null
    balance += sign * amount
    if (running) onHold += amount
    if (!(amount > 0)) problems.push(`${at}: amount ${amount} is not positive`)
    if (ms < lastMs) problems.push(`${at}: earlier than the row before`)
    if (Number(row.balance) !== balance)
      problems.push(`${at}: balance ${String(row.balance)}, expected ${balance}`)
    if (Number(row.on_hold) !== onHold)
      problems.push(`${at}: on_hold ${String(row.on_hold)}, expected ${onHold}`)
    if (Number(row.full_balance) !== Number(row.balance) + Number(row.on_hold)) {
      problems.push(`${at}: full_balance is not balance + on_hold`)
    }
    if (Number(row.balance) < 0) problems.push(`${at}: negative balance`)
    balance = Number(row.balance)
    onHold = Number(row.on_hold)
    lastMs = ms
  }
  return problems
}
