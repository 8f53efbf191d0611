import type { CreditBuckets, UsageEntry, UsageOperation } from '../types'
import type { ExecutionCreditWire } from './schema'

/** Credits of the aliases that answered, in the order the query asked for them. */
export function creditsOf(data: Record<string, ExecutionCreditWire | null>): ExecutionCreditWire[] {
  return Object.values(data).filter((credit): credit is ExecutionCreditWire => credit !== null)
}

/**
 * One bucket per credit type: each is its own kind of credit (an AI pentest credit is not a DAST credit),
 * so there is no pooled total. `credits` is the total available and `usedCredits` the net use in the
 * current billing period; what remains cannot go below nothing even if a server overshoots.
 */
export function toCreditBuckets(credits: readonly ExecutionCreditWire[]): CreditBuckets {
  return {
    pooled: false,
    buckets: credits.map((credit) => ({
      kind: credit.creditType || 'UNKNOWN',
      total: credit.credits,
      used: credit.usedCredits,
      remaining: Math.max(0, credit.credits - credit.usedCredits),
      renewal: credit.rollupType || undefined,
    })),
    available: undefined,
    used: undefined,
  }
}

type Transaction = NonNullable<ExecutionCreditWire['transactions']>[number]

/** A debit uses credits, a refund gives them back; another kind keeps the sign the server sent. */
function operationOf(transaction: Transaction): { operation: UsageOperation | null; change: number } {
  const amount = Math.abs(transaction.amount)
  switch (transaction.transactionType) {
    case 'DEBIT':
      return { operation: 'used', change: -amount }
    case 'REFUND':
      return { operation: 'refunded', change: amount }
    default:
      return { operation: transaction.transactionType.toLowerCase() || null, change: transaction.amount }
  }
}

/**
 * Transactions as usage rows, newest first. Conviso keeps no running balance per transaction, so the
 * balance columns are 0 and the pages do not show them (capabilities.usageLedger is false).
 */
export function toUsageEntries(credits: readonly ExecutionCreditWire[]): UsageEntry[] {
  const entries = credits.flatMap((credit) =>
    (credit.transactions ?? []).map((transaction): UsageEntry => ({
      key: `${credit.id}:${transaction.id}`,
      timestamp: transaction.createdAt,
      description: transaction.description?.trim() || null,
      ...operationOf(transaction),
      balance: 0,
      onHold: 0,
      fullBalance: 0,
      scan: null,
      target: null,
      creditType: credit.creditType,
    })),
  )
  return entries.sort((a, b) => b.timestamp.localeCompare(a.timestamp) || a.key.localeCompare(b.key))
}
