import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { accountQueries } from '../../api/account'
import { usageQueries } from '../../api/usage'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { billingPeriods, type Period } from '../../lib/billing-period'
import { formatCredits, formatNumber } from '../../lib/format'
import { usedInPeriodQuery, usedInPeriodSearch } from './period-usage'

/** Credits used in the billing period running now and in the one before, each linked to its ledger. */
export function PeriodUsageCard() {
  const { data: subscription, isPending, isError } = useQuery(accountQueries.subscription())
  const periods = subscription ? billingPeriods(subscription) : null
  return (
    <article className="card overview-card" aria-labelledby="period-card-title">
      <h2 id="period-card-title" className="card__title">
        Used this period
      </h2>
      {isPending ? (
        <>
          <Skeleton width="8rem" height="2.25rem" label="Loading credits used" />
          <Skeleton width="12rem" height="1.5rem" />
          <Skeleton width="14rem" height="1.5rem" />
          <Skeleton width="16rem" height="1.5rem" />
        </>
      ) : isError ? (
        <p className="muted">Not available: the subscription did not load.</p>
      ) : periods ? (
        <>
          <CurrentPeriod period={periods.current} />
          <PreviousPeriod period={periods.previous} />
          <p className="overview-card__action period-links">
            <Link to="/usage" search={usedInPeriodSearch(periods.current)}>
              View this period
            </Link>
            <Link to="/usage" search={usedInPeriodSearch(periods.previous)}>
              View last period
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="muted">There is no billing period running, so there is nothing to measure.</p>
          <p>
            <Link to="/usage">See all credit usage</Link>
          </p>
        </>
      )}
    </article>
  )
}

/** First and last day of the period, local, each with its exact UTC instant on hover. */
function Range({ period: { start, end } }: { period: Period }) {
  return (
    <>
      <DateTime value={start.toISOString()} dateOnly /> –{' '}
      <DateTime value={new Date(end.getTime() - 1).toISOString()} dateOnly />
    </>
  )
}

function CurrentPeriod({ period }: { period: Period }) {
  const { data, error, refetch, isPending } = useQuery(usageQueries.totals(usedInPeriodQuery(period)))
  if (error) return <ErrorPanel error={error} what="this period's usage" onRetry={() => void refetch()} />
  return (
    <>
      <p className="card__figure">
        {isPending ? (
          <Skeleton width="8rem" height="2.25rem" label="Loading credits used this period" />
        ) : (
          <>
            {formatNumber(data.used)} <span className="card__unit">credits</span>
          </>
        )}
      </p>
      <p className="muted">
        <Range period={period} />
      </p>
    </>
  )
}

function PreviousPeriod({ period }: { period: Period }) {
  const { data, error, refetch, isPending } = useQuery(usageQueries.totals(usedInPeriodQuery(period)))
  if (error) return <ErrorPanel error={error} what="last period's usage" onRetry={() => void refetch()} />
  return (
    <p className="muted">
      Last period:{' '}
      {isPending ? (
        <Skeleton width="6rem" height="1.3125rem" label="Loading credits used last period" />
      ) : (
        formatCredits(data.used)
      )}
    </p>
  )
}
