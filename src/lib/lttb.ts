/**
 * Largest-Triangle-Three-Buckets downsampling (Sveinn Steinarsson, "Downsampling Time Series for Visual
 * Representation", 2013), over typed arrays, with points that must survive (chart markers).
 *
 * The kept points split the series into gaps; the remaining budget is shared among the gaps in proportion
 * to the points they hold, and plain LTTB runs inside each gap with the kept points on either side as its
 * fixed anchors. So the result holds both ends and every kept point, has at most `target` points (unless
 * the kept points alone are more), and runs in one pass: O(n).
 *
 * @param x strictly increasing
 * @param length how many points of `x` and `y` to read (the arrays may be longer)
 * @param kept ascending indices that must be in the result
 * @returns ascending indices of the points to draw
 */
export function lttb(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  length: number,
  target: number,
  kept: ArrayLike<number> = [],
): Uint32Array {
  if (length <= 0) return new Uint32Array(0)
  if (length <= Math.max(target, 2)) return Uint32Array.from({ length }, (_, i) => i)

  const anchors = anchorsOf(length, kept)
  const budget = Math.floor(target) - anchors.length
  if (budget <= 0) return anchors

  const shares = shareBudget(anchors, budget, length - anchors.length)
  const out = new Uint32Array(anchors.length + budget)
  let size = 0
  for (let g = 0; g < anchors.length - 1; g++) {
    const left = anchors[g] as number
    const right = anchors[g + 1] as number
    out[size++] = left
    size = fillGap(x, y, left, right, shares[g] as number, out, size)
  }
  out[size++] = anchors[anchors.length - 1] as number
  return out.slice(0, size)
}

/** 0, the kept indices (in range, without repeats) and length - 1, ascending. */
function anchorsOf(length: number, kept: ArrayLike<number>): Uint32Array {
  const anchors = new Uint32Array(kept.length + 2)
  let size = 0
  anchors[size++] = 0
  for (let k = 0; k < kept.length; k++) {
    const index = kept[k] as number
    if (index > (anchors[size - 1] as number) && index < length - 1) anchors[size++] = index
  }
  anchors[size++] = length - 1
  return anchors.slice(0, size)
}

/**
 * Points per gap, in proportion to the gap's free points. Cumulative rounding hands out the whole budget
 * in one pass, and a gap never gets more than it holds (its exact share is below its size, as budget < free).
 */
function shareBudget(anchors: Uint32Array, budget: number, free: number): Uint32Array {
  const shares = new Uint32Array(anchors.length - 1)
  let cumulative = 0
  let given = 0
  for (let g = 0; g < shares.length; g++) {
    const inside = (anchors[g + 1] as number) - (anchors[g] as number) - 1
    cumulative += (budget * inside) / free
    const upTo = Math.min(budget, Math.floor(cumulative + 1e-9))
    shares[g] = Math.min(inside, upTo - given)
    given += shares[g] as number
  }
  return shares
}

/** Picks `count` of the points strictly between `left` and `right` into `out` at `size`; returns the new size. */
function fillGap(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  left: number,
  right: number,
  count: number,
  out: Uint32Array,
  size: number,
): number {
  const first = left + 1
  const inside = right - first
  if (count >= inside) {
    for (let i = first; i < right; i++) out[size++] = i
    return size
  }
  const bucket = inside / count
  let previous = left
  for (let b = 0; b < count; b++) {
    const start = first + Math.floor(b * bucket)
    const end = first + Math.floor((b + 1) * bucket)
    // The third corner: the next bucket's average, or the right anchor after the last bucket.
    let avgX = x[right] as number
    let avgY = y[right] as number
    if (b < count - 1) {
      const nextEnd = first + Math.floor((b + 2) * bucket)
      avgX = 0
      avgY = 0
      for (let i = end; i < nextEnd; i++) {
        avgX += x[i] as number
        avgY += y[i] as number
      }
      avgX /= nextEnd - end
      avgY /= nextEnd - end
    }
    const px = x[previous] as number
    const py = y[previous] as number
    let chosen = start
    let largest = -1
    for (let i = start; i < end; i++) {
      const area = Math.abs((px - avgX) * ((y[i] as number) - py) - (px - (x[i] as number)) * (avgY - py))
      if (area > largest) {
        largest = area
        chosen = i
      }
    }
    out[size++] = chosen
    previous = chosen
  }
  return size
}
