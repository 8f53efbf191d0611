import { sumMovements } from './credits'
import type { UsageEntry } from './types'

const row = (change: number, creditType?: string) =>
  ({ change, ...(creditType ? { creditType } : {}) }) as UsageEntry

describe('sumMovements', () => {
  it('adds debits and refunds per credit type, never across types', () => {
    expect(sumMovements([row(-5, 'DAST'), row(-3, 'AI_PENTEST'), row(2, 'DAST'), row(-1, 'DAST')])).toEqual([
      { creditType: 'AI_PENTEST', debited: 3, credited: 0, net: -3, count: 1 },
      { creditType: 'DAST', debited: 6, credited: 2, net: -4, count: 3 },
    ])
  })

  it('keeps rows without a type together, and nothing for no rows', () => {
    expect(sumMovements([row(-1), row(4)])).toEqual([
      { creditType: null, debited: 1, credited: 4, net: 3, count: 2 },
    ])
    expect(sumMovements([])).toEqual([])
  })
})
