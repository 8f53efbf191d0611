import { descriptionAt, operationCodes, type UsageColumns } from '../../api/usage-stream'
import { formatDateTimeExact, formatNumber } from '../../lib/format'
import { operationLabel } from '../../lib/labels'
import type { ChartPoint } from './series'

const operationNames = Object.fromEntries(
  Object.entries(operationCodes).map(([name, code]) => [code, code === 0 ? 'Other' : operationLabel(name)]),
)

type PointsTableProps = {
  id: string
  points: readonly ChartPoint[]
  rows: UsageColumns
  utc: boolean
}

/** The points the chart draws, as a table: the same data for anyone who cannot use the chart. */
export function PointsTable({ id, points, rows, utc }: PointsTableProps) {
  const caption =
    points.length === rows.length
      ? `Balance after each of the ${formatNumber(rows.length)} entries`
      : `Balance at the ${formatNumber(points.length)} points drawn, of ${formatNumber(rows.length)} entries (every purchase, grant and expiry included)`
  const captionId = `${id}-caption`
  return (
    <div className="balance-chart__points" id={id}>
      {/* Outside the scrolling box, so a table wider than a phone never cuts it off. */}
      <p id={captionId} className="balance-chart__caption">
        {caption}
      </p>
      <div className="balance-chart__table table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">Time{utc ? ' (UTC)' : ''}</th>
              <th scope="col">Event</th>
              <th scope="col" className="num">
                Balance
              </th>
              <th scope="col" className="num">
                On hold
              </th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.row}>
                <td className="nowrap">
                  {formatDateTimeExact(rows.time[point.row] as number, utc ? 'UTC' : undefined)}
                </td>
                <td>{operationNames[rows.operation[point.row] ?? 0]}</td>
                <td className="num">{formatNumber(point.balance)}</td>
                <td className="num">{formatNumber(point.full - point.balance)}</td>
                <td className="table__text">
                  <bdi>{descriptionAt(rows, point.row) ?? ''}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
