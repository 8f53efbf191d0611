import { describe, expect, it } from 'vitest'
import { createRandom, hashSeed } from './random'

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom('healthy:2026-11-21')
    const b = createRandom(hashSeed('healthy:2026-11-21'))
    expect(Array.from({ length: 5 }, a.next)).toEqual(Array.from({ length: 5 }, b.next))
    expect(createRandom('x').next()).not.toBe(createRandom('y').next())
  })

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const random = createRandom(1)
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)))
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
  })

  it('picks, weighs and makes Base58 ids', () => {
    const random = createRandom(7)
    expect(['a', 'b']).toContain(random.pick(['a', 'b']))
    expect(() => random.pick([])).toThrow()
    const picks = Array.from({ length: 200 }, () =>
      random.weighted([
        ['rare', 1],
        ['common', 99],
      ] as const),
    )
    expect(picks.filter((p) => p === 'common').length).toBeGreaterThan(180)
    expect(random.id()).toMatch(/^[1-9A-HJ-NP-Za-km-z]{12}$/)
    expect(random.chance(0)).toBe(false)
    expect(random.chance(1)).toBe(true)
  })
})
