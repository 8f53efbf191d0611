import { executionCreditSchema } from '../../api/conviso/schema'
import { scenariosFor } from '../demo-state'
import { buildConvisoCredits } from './credits'

const today = Date.UTC(2026, 10, 21)
const monthStart = '2026-11-01T00:00:00.000Z'

describe('Conviso demo data', () => {
  it.each(scenariosFor('conviso').map(({ id }) => id))(
    '%s: parses, and this month nets to the credits used',
    (scenario) => {
      for (const credit of buildConvisoCredits(scenario, today)) {
        const parsed = executionCreditSchema.parse(credit)
        const thisMonth = (parsed.transactions ?? []).filter(({ createdAt }) => createdAt >= monthStart)
        const net = thisMonth.reduce(
          (sum, { transactionType, amount }) => sum + (transactionType === 'DEBIT' ? amount : -amount),
          0,
        )
        expect(net).toBe(parsed.usedCredits)
        expect(parsed.usedCredits).toBeLessThanOrEqual(parsed.credits)
        for (const { createdAt } of parsed.transactions ?? [])
          expect(Date.parse(createdAt)).toBeLessThan(today)
      }
    },
  )

  it('leaves one AI Pentest credit and no DAST credit in the low-balance scenario', () => {
    const [ai, dast] = buildConvisoCredits('low-balance', today)
    expect(ai!.credits - ai!.usedCredits).toBe(1)
    expect(dast!.credits - dast!.usedCredits).toBe(0)
  })

  it('is the same for a scenario on the same day; heavy has thousands of transactions', () => {
    expect(buildConvisoCredits('healthy', today)).toEqual(buildConvisoCredits('healthy', today))
    const heavy = buildConvisoCredits('heavy', today)
    expect(heavy.reduce((sum, credit) => sum + credit.transactions.length, 0)).toBeGreaterThan(2_000)
    expect(buildConvisoCredits('no-credits', today)).toEqual([])
  })
})
