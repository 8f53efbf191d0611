import { useQuery } from '@tanstack/react-query'
import { creditQueries } from '../../api/credits'
import type { UsageQuery } from '../../api/types'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatNumber, formatSignedCredits } from '../../lib/format'
import { creditTypeLabel } from '../../lib/labels'

/**
 * Used, refunded and net credits over every matching transaction, not only the page on screen: one row
 * per credit type, as credits of different types are never added together.
 */
export function TransactionTotals({ query }: { query: UsageQuery }) {
  const { data, error, refetch, isPending } = useQuery(creditQueries.movements(query))
  if (error) return <ErrorPanel error={error} what="the totals" onRetry={() => void refetch()} />
  return (
    <section className="usage-totals" aria-labelledby="transaction-totals-title" aria-busy={isPending}>
      <h2 id="transaction-totals-title" className="visually-hidden">
        Totals for the filtered transactions
      </h2>
      {isPending ? (
        <Skeleton height="4.5rem" label="Adding up the filtered transactions" />
      ) : data.length === 0 ? (
        <p className="muted">No transactions to add up.</p>
      ) : (
        <table className="transaction-totals">
          <thead>
            <tr>
              <th scope="col">Credit type</th>
              <th scope="col" className="num">
                Used
              </th>
              <th scope="col" className="num">
                Refunded
              </th>
              <th scope="col" className="num">
                Net
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((totals) => (
              <tr key={totals.creditType ?? ''}>
                <th scope="row">{totals.creditType ? creditTypeLabel(totals.creditType) : '—'}</th>
                <td className="num">{formatNumber(totals.debited)}</td>
                <td className="num">{formatNumber(totals.credited)}</td>
                <td className="num">{formatSignedCredits(totals.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted usage-totals__note">
        Credits over every matching transaction, not only this page; each credit type on its own.
      </p>
    </section>
  )
}
