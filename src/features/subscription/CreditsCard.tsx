import { useQuery } from '@tanstack/react-query'
import { usageQueries } from '../../api/usage'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatNumber } from '../../lib/format'
import { LowBalanceSetting } from './LowBalanceSetting'
import { useIsBalanceLow } from './useLowBalance'

/** Credits available now, reserved by running scans, and both together; from the newest ledger row. */
export function CreditsCard() {
  const { data, error, refetch, isPending } = useQuery(usageQueries.latest())
  const { low } = useIsBalanceLow()
  return (
    <article className="card overview-card" aria-labelledby="credits-card-title">
      <h2 id="credits-card-title" className="card__title">
        Credits
      </h2>
      {isPending ? (
        <>
          <Skeleton width="11rem" height="2.25rem" label="Loading credits" />
          <Skeleton width="15rem" height="1.5rem" />
        </>
      ) : error ? (
        <ErrorPanel error={error} what="the credit balance" onRetry={() => void refetch()} />
      ) : data ? (
        <>
          <p className="card__figure">
            {formatNumber(data.balance)} <span className="card__unit">credits available</span>
            {low && (
              <span className="badge status-badge status-badge--warning">
                <span aria-hidden="true">!</span>Low
              </span>
            )}
          </p>
          <p className="muted">
            {formatNumber(data.onHold)} on hold · {formatNumber(data.fullBalance)} in total
          </p>
        </>
      ) : (
        <>
          <p className="card__figure">
            0 <span className="card__unit">credits available</span>
          </p>
          <p className="muted">No credit activity yet.</p>
        </>
      )}
      <LowBalanceSetting />
    </article>
  )
}
