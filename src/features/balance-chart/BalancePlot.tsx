import { memo, useMemo } from 'react'
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts'
import type { UsageColumns } from '../../api/usage-stream'
import { formatNumber } from '../../lib/format'
import { ChartTooltip } from './ChartTooltip'
import { MarkerLayer } from './MarkerLayer'
import type { ChartPoint } from './series'
import { tickLabel, timeTicks } from './ticks'
import { MARGIN, PX_PER_TICK, X_AXIS_HEIGHT, Y_AXIS_WIDTH, plotWidthOf } from './plot-geometry'
import { useBrush } from './useBrush'
import './plot.css'

type BalancePlotProps = {
  points: readonly ChartPoint[]
  rows: UsageColumns
  domain: [number, number]
  utc: boolean
  width: number
  height: number
  onSelect: (from: number, to: number) => void
}

/**
 * The step chart: balance (solid), full balance (dashed) with the on-hold band between them, and the
 * markers. Nothing animates; the tooltip follows the pointer or the arrow keys (accessibilityLayer).
 */
export const BalancePlot = memo(function BalancePlot({
  points,
  rows,
  domain,
  utc,
  width,
  height,
  onSelect,
}: BalancePlotProps) {
  const plotWidth = plotWidthOf(width)
  const { unit, ticks } = useMemo(
    () => timeTicks(domain[0], domain[1], utc, Math.floor(plotWidth / PX_PER_TICK)),
    [domain, utc, plotWidth],
  )
  // Credits are on hold only while scans run: most ranges have none, and then the band and the dashed
  // line would lie under the balance line, twice the drawing for nothing.
  const anyHold = useMemo(() => points.some((point) => point.full !== point.balance), [points])
  const brush = useBrush({ left: MARGIN.left + Y_AXIS_WIDTH, width: plotWidth, domain }, onSelect)
  const data = points as ChartPoint[]

  return (
    <div className={`balance-chart__canvas${brush.dragging ? ' is-dragging' : ''}`} {...brush.handlers}>
      <ComposedChart
        width={width}
        height={height}
        data={data}
        margin={MARGIN}
        accessibilityLayer
        title="Balance over time"
        desc="Step chart of the credit balance and the full balance (with credits on hold); use the left and right arrow keys to move between points."
      >
        <CartesianGrid vertical={false} className="balance-chart__grid" />
        <XAxis
          type="number"
          dataKey="t"
          domain={domain}
          allowDataOverflow
          ticks={ticks}
          tickFormatter={(ms: number) => tickLabel(ms, unit, utc)}
          height={X_AXIS_HEIGHT}
          interval="preserveStartEnd"
          minTickGap={8}
        />
        <YAxis
          width={Y_AXIS_WIDTH}
          allowDecimals={false}
          domain={[(min: number) => Math.min(0, min), 'auto']}
          tickFormatter={(value: number) => formatNumber(value)}
          label={{
            value: 'Credits',
            angle: -90,
            position: 'insideLeft',
            className: 'balance-chart__axis-label',
          }}
        />
        {anyHold && (
          <Area
            type="stepAfter"
            dataKey="band"
            name="On hold"
            className="balance-chart__band"
            stroke="none"
            isAnimationActive={false}
            activeDot={false}
          />
        )}
        {anyHold && (
          <Line
            type="stepAfter"
            dataKey="full"
            name="Full balance"
            className="balance-chart__full"
            strokeDasharray="5 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        )}
        <Line
          type="stepAfter"
          dataKey="balance"
          name="Balance"
          className="balance-chart__line"
          dot={false}
          activeDot={{ r: 4, className: 'balance-chart__active-dot' }}
          isAnimationActive={false}
        />
        <MarkerLayer points={points} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ className: 'balance-chart__cursor' }}
          content={({ active, payload }) => (
            <ChartTooltip active={active} payload={payload} rows={rows} utc={utc} />
          )}
        />
      </ComposedChart>
      {brush.selection && (
        <div
          className="balance-chart__selection"
          style={{
            left: brush.selection.left,
            width: brush.selection.width,
            top: MARGIN.top,
            bottom: X_AXIS_HEIGHT,
          }}
          aria-hidden="true"
        />
      )}
    </div>
  )
})
