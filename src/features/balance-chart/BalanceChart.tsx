import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState } from 'react'
import { usageStreamQueries } from '../../api/usage-stream'
import type { Day } from '../../lib/days'
import './balance-chart.css'
import { ChartBody } from './ChartBody'
import { daysOfSpan } from './series'

/** What the usage page gives the chart (the app composes the two; features never import each other). */
export type BalanceChartProps = {
  /** The page's date range as API date-times; undefined ends are open. */
  startDt: string | undefined
  endDt: string | undefined
  /** Days and times in UTC rather than the user's zone. */
  utc: boolean
  /** Sets the page's date range (and so the URL and the table) to these days. */
  onZoom: (from: Day, to: Day) => void
  /** Returns to the range before the zoom; null when there is none. */
  onResetZoom: (() => void) | null
}

/**
 * How the credit balance moved over the page's date range, from every usage row in it. The other filters
 * of the table do not apply: a balance over some operations only would mean nothing.
 */
export default function BalanceChart({ startDt, endDt, utc, onZoom, onResetZoom }: BalanceChartProps) {
  const query = useQuery(usageStreamQueries.range({ startDt, endDt }))
  const [tableOpen, setTableOpen] = useState(false)
  const headingId = useId()
  const tableId = useId()
  const hasRows = (query.data?.rows.length ?? 0) > 0
  const heading = useRef<HTMLHeadingElement>(null)

  const select = (from: number, to: number) => {
    const days = daysOfSpan(from, to, utc)
    onZoom(days.from, days.to)
  }

  return (
    <section className="balance-chart chart-slot" aria-labelledby={headingId}>
      <header className="balance-chart__header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Balance
        </h2>
        <div className="balance-chart__actions">
          {onResetZoom && (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onResetZoom()
                // The button goes with the zoom: keep the keyboard user's place in the chart.
                heading.current?.focus()
              }}
            >
              Reset zoom
            </button>
          )}
          {/* Always there (disabled until there are rows), so the header never changes height. */}
          <button
            type="button"
            className="button button--small"
            disabled={!hasRows}
            aria-expanded={tableOpen && hasRows}
            aria-controls={tableOpen && hasRows ? tableId : undefined}
            onClick={() => setTableOpen((open) => !open)}
          >
            View as table
          </button>
        </div>
        <p className="muted balance-chart__note">
          Follows the date range only: the table’s other filters don’t apply to a balance.{' '}
          <span className="balance-chart__hint">Drag across the chart to zoom in.</span>
        </p>
      </header>
      <ChartBody
        // A new range starts from its own state: no throttled frame of the previous range's rows.
        key={`${startDt ?? ''}|${endDt ?? ''}`}
        stream={query.data}
        ended={query.isSuccess && !query.isFetching}
        error={query.error}
        startDt={startDt}
        endDt={endDt}
        utc={utc}
        onRetry={() => void query.refetch()}
        onSelect={select}
        table={{ id: tableId, open: tableOpen }}
      />
    </section>
  )
}
