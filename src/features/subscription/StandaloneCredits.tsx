import { useQuery } from '@tanstack/react-query'
import { creditQueries } from '../../api/credits'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { CreditTypeCards } from './CreditTypeCards'
import { PooledCredits } from './PooledCredits'

/** Credits of a backend without a subscription (Conviso): the page's heading and its buckets. */
export function StandaloneCredits({ backendName }: { backendName: string }) {
  const { data, error, refetch, isPending } = useQuery(creditQueries.buckets())
  return (
    <>
      <header className="page-header">
        <h1>Execution credits</h1>
        <p className="muted">
          Credits of each type in {backendName}, what is used this period and when they renew.
        </p>
      </header>
      {isPending ? (
        <div className="cards credit-types" aria-busy="true">
          <Skeleton height="12rem" label="Loading credits" />
          <Skeleton height="12rem" />
        </div>
      ) : error ? (
        <ErrorPanel error={error} what="the credits" onRetry={() => void refetch()} />
      ) : data.pooled ? (
        <PooledCredits credits={data} />
      ) : (
        <CreditTypeCards credits={data} />
      )}
    </>
  )
}
