import { useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import { markerKinds, markerPath } from './markers'
import type { ChartPoint, MarkerKind } from './series'

const MIN_RADIUS = 2.5
const MAX_RADIUS = 4.5

/**
 * Purchases, grants and expiries drawn over the lines: three path elements in all, instead of one
 * element per marker, so thousands of markers cost little to draw. Must be a child of the chart.
 */
export function MarkerLayer({ points }: { points: readonly ChartPoint[] }) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  if (!x || !y) return null
  const centres: Record<MarkerKind, [number, number][]> = { purchase: [], grant: [], expiry: [] }
  let count = 0
  let left = Infinity
  let right = -Infinity
  for (const point of points) {
    if (!point.marker) continue
    const cx = x(point.t)
    const cy = y(point.balance)
    if (cx === undefined || cy === undefined) continue
    centres[point.marker].push([cx, cy])
    count++
    left = Math.min(left, cx)
    right = Math.max(right, cx)
  }
  // Smaller markers where they crowd (a purchase every few pixels), so the line still shows between them.
  const radius = Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, count > 1 ? (right - left) / count : MAX_RADIUS))
  return (
    <ZIndexLayer zIndex={600}>
      <g className="balance-chart__markers" aria-hidden="true">
        {markerKinds.map((kind) => {
          const path = markerPath(kind, centres[kind], radius)
          return path ? (
            <g key={kind} className={`balance-chart__marker balance-chart__marker--${kind}`}>
              <path className="balance-chart__marker-halo" d={path} />
              <path className="balance-chart__marker-shape" d={path} />
            </g>
          ) : null
        })}
      </g>
    </ZIndexLayer>
  )
}
