import fc from 'fast-check'
import { lttb } from './lttb'

/** A series with strictly increasing x, some kept (marker) indices, and a target. */
const series = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
    minLength: 0,
    maxLength: 400,
  })
  .chain((steps) => {
    const x = new Float64Array(steps.length)
    const y = new Float64Array(steps.length)
    let at = 1_700_000_000_000
    steps.forEach(([step, value], i) => {
      at += step
      x[i] = at
      y[i] = value
    })
    const indices = fc.uniqueArray(fc.nat({ max: Math.max(0, steps.length - 1) }), {
      maxLength: Math.min(steps.length, 40),
    })
    return fc.record({
      x: fc.constant(x),
      y: fc.constant(y),
      kept: indices.map((list) => Uint32Array.from(list.sort((a, b) => a - b))),
      target: fc.integer({ min: 0, max: 500 }),
    })
  })

describe('lttb', () => {
  it('returns at most the target, or the kept points and both ends when those alone are more', () => {
    fc.assert(
      fc.property(series, ({ x, y, kept, target }) => {
        const out = lttb(x, y, x.length, target, kept)
        const anchors = new Set([0, ...kept, x.length - 1]).size
        expect(out.length).toBeLessThanOrEqual(Math.max(target, 2, x.length === 0 ? 0 : anchors))
        if (target >= anchors + 1) expect(out.length).toBeLessThanOrEqual(target)
      }),
    )
  })

  it('keeps the first and the last point', () => {
    fc.assert(
      fc.property(series, ({ x, y, kept, target }) => {
        const out = lttb(x, y, x.length, target, kept)
        if (x.length === 0) expect(out.length).toBe(0)
        else expect([out[0], out[out.length - 1]]).toEqual([0, x.length - 1])
      }),
    )
  })

  it('gives strictly increasing x', () => {
    fc.assert(
      fc.property(series, ({ x, y, kept, target }) => {
        const out = lttb(x, y, x.length, target, kept)
        for (let i = 1; i < out.length; i++)
          expect(x[out[i] as number]).toBeGreaterThan(x[out[i - 1] as number] as number)
      }),
    )
  })

  it('keeps every marker', () => {
    fc.assert(
      fc.property(series, ({ x, y, kept, target }) => {
        const out = new Set(lttb(x, y, x.length, target, kept))
        for (const index of kept) expect(out.has(index)).toBe(true)
      }),
    )
  })

  it('uses the whole budget when it has more points than the target', () => {
    fc.assert(
      fc.property(series, ({ x, y, kept, target }) => {
        const anchors = new Set([0, ...kept, x.length - 1]).size
        fc.pre(x.length > target && target > anchors)
        expect(lttb(x, y, x.length, target, kept).length).toBe(target)
      }),
    )
  })

  it('reads only `length` points of longer arrays', () => {
    const x = Float64Array.from({ length: 50 }, (_, i) => i)
    const y = Float64Array.from({ length: 50 }, (_, i) => (i < 10 ? i : 1e9))
    const out = lttb(x, y, 10, 4)
    expect(Math.max(...out)).toBe(9)
  })

  it('keeps the peak of a spike, as the largest triangle', () => {
    const x = Float64Array.from({ length: 101 }, (_, i) => i)
    const y = Float64Array.from({ length: 101 }, (_, i) => (i === 37 ? 100 : 0))
    expect([...lttb(x, y, x.length, 10)]).toContain(37)
  })
})
