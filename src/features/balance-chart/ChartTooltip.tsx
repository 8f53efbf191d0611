import { descriptionAt, type UsageColumns } from '../../api/usage-stream'
import { formatCredits, formatDateTimeExact } from '../../lib/format'
import { markerLabels } from './markers'
import type { ChartPoint } from './series'

type ChartTooltipProps = {
  active?: boolean
  payload?: readonly { payload?: unknown }[]
  rows: UsageColumns
  utc: boolean
}

/** The row behind the point under the pointer (or the keyboard): exact time, balances, description. */
export function ChartTooltip({ active, payload, rows, utc }: ChartTooltipProps) {
  const point = payload?.[0]?.payload as ChartPoint | undefined
  if (!active || !point || point.row >= rows.length) return null
  const time = rows.time[point.row] as number
  const description = descriptionAt(rows, point.row)
  return (
    <div className="balance-chart__tooltip">
      <p className="balance-chart__tooltip-time">
        {formatDateTimeExact(time, utc ? 'UTC' : undefined)}
        {utc ? ' UTC' : ''}
      </p>
      {point.marker && <p className="balance-chart__tooltip-event">{markerLabels[point.marker]}</p>}
      <dl>
        <dt>Balance</dt>
        <dd>{formatCredits(point.balance)}</dd>
        <dt>On hold</dt>
        <dd>{formatCredits(point.full - point.balance)}</dd>
        <dt>Full balance</dt>
        <dd>{formatCredits(point.full)}</dd>
      </dl>
      {/* Free text from the API: shown as text, isolated so bidirectional marks cannot reorder the rest. */}
      <p className="balance-chart__tooltip-description">
        {description === null ? <span className="muted">No description</span> : <bdi>{description}</bdi>}
      </p>
    </div>
  )
}
