import type { MarkerKind } from './series'

/**
 * Marker shapes as SVG path data: purchases are circles, grants diamonds, expiries crosses, so the kinds
 * differ by shape as well as colour. All markers of a kind share one path element, however many there are.
 */
export const markerKinds: readonly MarkerKind[] = ['purchase', 'grant', 'expiry']

/** The usage table's words for these operations, so the two read alike. */
export const markerLabels: Record<MarkerKind, string> = {
  purchase: 'Purchased',
  grant: 'Earned',
  expiry: 'Expired',
}

const RADIUS = 4.5

/** Tenths of a pixel are plenty, and keep a path of thousands of markers short. */
const round = (value: number) => Math.round(value * 10) / 10

function shape(kind: MarkerKind, cx: number, cy: number, r: number): string {
  const [x, y] = [round(cx), round(cy)]
  switch (kind) {
    case 'purchase':
      return `M${round(x - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
    case 'grant': {
      const d = round(r * 1.3) // a diamond looks smaller than a circle of the same radius
      return `M${x},${round(y - d)}L${round(x + d)},${y}L${x},${round(y + d)}L${round(x - d)},${y}Z`
    }
    case 'expiry':
      return `M${round(x - r)},${round(y - r)}l${2 * r},${2 * r}m0,${-2 * r}l${-2 * r},${2 * r}`
  }
}

/** One path for all the given centres. */
export function markerPath(
  kind: MarkerKind,
  centres: readonly (readonly [number, number])[],
  r = RADIUS,
): string {
  let path = ''
  for (const [x, y] of centres) path += shape(kind, x, y, r)
  return path
}
