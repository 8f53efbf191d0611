import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { usageQueries } from '../../api/usage'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatNumber, formatSignedCredits } from '../../lib/format'
import { operationLabel } from '../../lib/labels'

const newest = { ordering: '-timestamp', length: 25 } as const

export function UsagePage() {
  const { data, error, refetch, isPending } = useQuery({
    ...usageQueries.list(newest),
    placeholderData: keepPreviousData,
  })
  return (
    <div className="page">
      <header className="page-header">
        <h1>Credits usage</h1>
        {data && <p className="muted">{formatNumber(data.count)} entries, newest first</p>}
      </header>
      {isPending ? (
        <Skeleton height="24rem" label="Loading usage" />
      ) : error ? (
        <ErrorPanel error={error} what="credit usage" onRetry={() => void refetch()} />
      ) : data.entries.length === 0 ? (
        <p className="empty">No credit usage yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Operation</th>
                <th scope="col">Description</th>
                <th scope="col" className="num">
                  Credits
                </th>
                <th scope="col" className="num">
                  Balance
                </th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.key}>
                  <td>
                    <DateTime value={entry.timestamp} />
                  </td>
                  <td>{operationLabel(entry.operation)}</td>
                  <td className="table__text">
                    {entry.description ?? <span className="muted">No description</span>}
                  </td>
                  <td className="num">{formatSignedCredits(entry.change)}</td>
                  <td className="num">{formatNumber(entry.balance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
