/**
 * A seeded pseudo-random generator, so the demo shows the same data on every reload of the same day.
 * Math.random would make screenshots, e2e tests and bug reports irreproducible.
 */

export interface Random {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T
  /** One item, chosen in proportion to its weight. */
  weighted: <T>(items: readonly (readonly [T, number])[]) => T
  /** True with probability p. */
  chance: (p: number) => boolean
  /** A Base58 identifier, the shape of the API's object ids. */
  id: (length?: number) => string
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a: turns a readable seed ("healthy:2026-11-21") into a 32-bit number. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function createRandom(seed: number | string): Random {
  const next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs at least one item')
      return items[int(0, items.length - 1)] as T
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [item, weight] of items) {
        roll -= weight
        if (roll < 0) return item
      }
      const last = items[items.length - 1]
      if (!last) throw new Error('weighted() needs at least one item')
      return last[0]
    },
    chance: (p) => next() < p,
    id(length = 12) {
      let out = ''
      for (let i = 0; i < length; i++) out += BASE58.charAt(int(0, BASE58.length - 1))
      return out
    },
  }
}
