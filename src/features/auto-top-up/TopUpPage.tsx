import { useQuery } from '@tanstack/react-query'
import { topUpQueries } from '../../api/top-up'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatCredits, formatMoney } from '../../lib/format'

export function TopUpPage() {
  const { data, error, refetch, isPending } = useQuery(topUpQueries.settings())
  return (
    <div className="page">
      <header className="page-header">
        <h1>Auto top-up</h1>
      </header>
      {isPending ? (
        <Skeleton height="6rem" label="Loading auto top-up settings" />
      ) : error ? (
        <ErrorPanel error={error} what="the auto top-up settings" onRetry={() => void refetch()} />
      ) : (
        <dl className="facts">
          <dt>When the balance can't cover a scan</dt>
          <dd>{data.onInsufficient ? 'Buy credits' : 'Off'}</dd>
          <dt>When purchased credits expire</dt>
          <dd>{data.onExpiration ? 'Buy credits' : 'Off'}</dd>
          <dt>Pack</dt>
          <dd>
            {data.pack
              ? `${formatCredits(data.pack.credits)} · ${formatMoney(data.pack.price)}`
              : 'None chosen'}
          </dd>
        </dl>
      )}
    </div>
  )
}
