import type { ExecutionCreditJson, TransactionJson } from '../../api/conviso/schema'
import { DEMO_COMPANY_ID, type Scenario } from '../demo-state'
import { createRandom, type Random } from '../random'
import { addMonths, firstOfMonthBefore, HOUR_MS, utcDayKey } from '../probely/time'

type DemoTransaction = Pick<TransactionJson, 'id' | 'transactionType' | 'createdAt'> & {
  amount: number
  description: string
}

/**
 * A credit as the demo server holds it: every field of the type, transactions oldest first. Each
 * field's type comes from the app's schema, so the demo cannot drift from what the app parses.
 */
export type DemoCredit = Pick<ExecutionCreditJson, 'id' | 'creditType' | 'rollupType'> & {
  credits: number
  usedCredits: number
  companyId: string
  company: { id: string; label: string }
  createdAt: string
  updatedAt: string
  deletedAt: null
  transactions: DemoTransaction[]
}

type TypeSpec = {
  creditType: 'AI_PENTEST' | 'DAST'
  id: string
  credits: number
  /** Credits one execution takes. */
  cost: readonly [min: number, max: number]
  refundChance: number
  describe: (asset: string) => string
}

const assets = [
  'api.acme.example',
  'shop.acme.example',
  'admin.acme.example',
  'mobile-api.acme.example',
  'status.acme.example',
]

const specs = (heavy: boolean): TypeSpec[] => [
  {
    creditType: 'AI_PENTEST',
    id: '501',
    credits: heavy ? 60 : 20,
    cost: [1, 3],
    refundChance: 0.12,
    describe: (asset) => `AI pentest of ${asset}`,
  },
  {
    creditType: 'DAST',
    id: '502',
    credits: heavy ? 4_000 : 600,
    cost: [5, 40],
    refundChance: 0.06,
    describe: (asset) => `DAST scan of ${asset}`,
  },
]

/** Net credits one month uses: most of the grant in a past month, what the scenario needs in this one. */
function monthTarget(random: Random, spec: TypeSpec, scenario: Scenario, current: boolean, progress: number) {
  if (!current) return Math.round(spec.credits * (0.5 + 0.45 * random.next()))
  if (scenario === 'low-balance') return spec.creditType === 'DAST' ? spec.credits : spec.credits - 1
  return Math.round(spec.credits * progress * (0.55 + 0.3 * random.next()))
}

/** Debits (and the odd refund of a failed execution) adding up to `target` net credits, in [start, end). */
function monthTransactions(random: Random, spec: TypeSpec, target: number, start: number, end: number) {
  const moves: { type: 'DEBIT' | 'REFUND'; amount: number; asset: string }[] = []
  for (let net = 0; net < target;) {
    const asset = random.pick(assets)
    const amount = Math.min(random.int(spec.cost[0], spec.cost[1]), target - net)
    moves.push({ type: 'DEBIT', amount, asset })
    net += amount
    if (random.chance(spec.refundChance)) {
      moves.push({ type: 'REFUND', amount, asset })
      net -= amount
    }
  }
  const times = moves.map(() => start + Math.floor(random.next() * (end - start))).sort((a, b) => a - b)
  return moves.map((move, index) => {
    // A refund follows its debit by an hour or two, within the month.
    const at =
      move.type === 'REFUND'
        ? Math.min(end - 1, (times[index - 1] ?? start) + random.int(1, 3) * HOUR_MS)
        : times[index]!
    return { ...move, at }
  })
}

/** The demo company's credits, the same for a scenario and UTC day; null per type it does not have. */
export function buildConvisoCredits(scenario: Scenario, dayStartMs: number): DemoCredit[] {
  if (scenario === 'no-credits') return []
  const heavy = scenario === 'heavy'
  const months = heavy ? 24 : 6
  const random = createRandom(`conviso:${scenario}:${utcDayKey(dayStartMs)}`)
  const thisMonth = firstOfMonthBefore(dayStartMs, 0)
  const progress = (dayStartMs - thisMonth) / (addMonths(thisMonth, 1) - thisMonth)
  const createdAt = firstOfMonthBefore(dayStartMs, months)
  let nextId = 7_000
  return specs(heavy).map((spec) => {
    const transactions: DemoCredit['transactions'] = []
    let usedThisMonth = 0
    for (let month = months; month >= 0; month--) {
      const start = firstOfMonthBefore(dayStartMs, month)
      const end = Math.min(addMonths(start, 1), dayStartMs)
      const target = end > start ? monthTarget(random, spec, scenario, month === 0, progress) : 0
      for (const move of monthTransactions(random, spec, target, start, end)) {
        transactions.push({
          id: String(nextId++),
          transactionType: move.type,
          amount: move.amount,
          description:
            move.type === 'REFUND'
              ? `Refund: ${spec.describe(move.asset)} did not start`
              : spec.describe(move.asset),
          createdAt: new Date(move.at).toISOString(),
        })
      }
      if (month === 0) usedThisMonth = target
    }
    const last = transactions.at(-1)?.createdAt ?? new Date(createdAt).toISOString()
    return {
      id: spec.id,
      companyId: DEMO_COMPANY_ID,
      company: { id: DEMO_COMPANY_ID, label: 'Acme' },
      creditType: spec.creditType,
      credits: spec.credits,
      usedCredits: usedThisMonth,
      rollupType: 'MONTHLY',
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: last,
      deletedAt: null,
      transactions,
    }
  })
}
