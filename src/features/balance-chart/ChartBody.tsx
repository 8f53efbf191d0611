import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { isComplete, type UsageStream } from '../../api/usage-stream'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatCredits, formatDateTimeExact, formatNumber } from '../../lib/format'
import { ChartLegend } from './ChartLegend'
import { useElementSize, useThrottled } from './hooks'
import { plotWidthOf } from './plot-geometry'
import { PointsTable } from './PointsTable'
import { buildSeries, domainOf } from './series'
import { summarize } from './summary'
import { BalanceFacts, LoadProgress } from './BalanceFacts'

// recharts is most of the chart's weight: only the plot waits for it. The frame, legend, facts and
// progress come with the page, and the plot's code loads while the rows stream in.
const loadPlot = () => import('./BalancePlot')
const BalancePlot = lazy(() => loadPlot().then((module) => ({ default: module.BalancePlot })))

/** Where the width is unknown (no layout, as in jsdom), the table still gets a useful number of points. */
const FALLBACK_POINTS = 600
/** While pages stream in, the chart redraws at most this often. */
const REDRAW_MS = 400

type ChartBodyProps = {
  stream: UsageStream | undefined
  /** The stream has ended (even if the server's count changed on the way). */
  ended: boolean
  error: Error | null
  startDt: string | undefined
  endDt: string | undefined
  utc: boolean
  onRetry: () => void
  onSelect: (from: number, to: number) => void
  table: { id: string; open: boolean }
}

/** The chart's own states (loading, error, empty, one row, drawing as pages arrive, done) in a box that never resizes. */
export function ChartBody({
  stream,
  ended,
  error,
  startDt,
  endDt,
  utc,
  onRetry,
  onSelect,
  table,
}: ChartBodyProps) {
  const plotRef = useRef<HTMLDivElement>(null)
  const size = useElementSize(plotRef)
  const complete = stream !== undefined && (ended || isComplete(stream))
  const rows = useThrottled(stream?.rows, REDRAW_MS, complete)
  const plotWidth = plotWidthOf(size.width)
  const points = useMemo(
    () => (rows ? buildSeries(rows, plotWidth > 0 ? plotWidth : FALLBACK_POINTS) : []),
    [rows, plotWidth],
  )
  const domain = useMemo(() => (rows ? domainOf(rows, { startDt, endDt }) : null), [rows, startDt, endDt])
  const summary = useMemo(
    () =>
      complete && stream
        ? summarize(stream.rows, stream.opening, startDt === undefined ? undefined : Date.parse(startDt))
        : null,
    [complete, stream, startDt],
  )
  const timeZone = utc ? 'UTC' : undefined
  // The page hands a new onSelect on each of its renders; the plot (memoised) gets one that never changes.
  const latestSelect = useRef(onSelect)
  useLayoutEffect(() => {
    latestSelect.current = onSelect
  })
  const select = useCallback((from: number, to: number) => latestSelect.current(from, to), [])
  useEffect(() => void loadPlot(), [])

  const loading = <Skeleton width="100%" height="100%" label="Loading the balance chart" />
  let content
  if (error) content = <ErrorPanel error={error} what="the balance chart" onRetry={onRetry} />
  else if (complete && stream.rows.length === 0)
    content = (
      <p className="balance-chart__message">No usage in this range, so there is no balance to draw.</p>
    )
  else if (complete && stream.rows.length === 1)
    content = (
      <p className="balance-chart__message">
        One entry in this range: after it, on {formatDateTimeExact(stream.rows.time[0] ?? 0, timeZone)}, the
        balance was {formatCredits(stream.rows.balance[0] ?? 0)}.
      </p>
    )
  else if (rows && rows.length > 1 && domain && size.width > 0)
    content = (
      <Suspense fallback={loading}>
        <BalancePlot
          points={points}
          rows={rows}
          domain={domain}
          utc={utc}
          width={size.width}
          height={size.height}
          onSelect={select}
        />
      </Suspense>
    )
  else if (!complete) content = loading

  return (
    <>
      <div className="balance-chart__plot" ref={plotRef}>
        {content}
      </div>
      <ChartLegend />
      <BalanceFacts summary={summary} pending={!complete && !error} utc={utc} />
      {!error && (
        <LoadProgress received={stream?.received ?? 0} total={stream?.total ?? null} done={complete} />
      )}
      <p className="visually-hidden" role="status">
        {complete ? chartReady(stream.rows.length) : ''}
      </p>
      {table.open && rows && rows.length > 0 && (
        <PointsTable id={table.id} points={points} rows={rows} utc={utc} />
      )}
    </>
  )
}

function chartReady(count: number): string {
  return count === 0
    ? 'No entries to chart.'
    : `Balance chart ready: ${count === 1 ? 'one entry' : `${formatNumber(count)} entries`}.`
}
