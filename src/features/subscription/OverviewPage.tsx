import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import { usageQueries } from '../../api/usage'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatCredits, formatMoney, formatNumber } from '../../lib/format'
import { statusLabel } from '../../lib/labels'

export function OverviewPage() {
  return (
    <div className="page">
      <PlanHeader />
      <section aria-labelledby="credits-heading" className="cards">
        <h2 id="credits-heading" className="visually-hidden">
          Credits
        </h2>
        <CreditsCard />
      </section>
    </div>
  )
}

function PlanHeader() {
  const { data, error, refetch, isPending } = useQuery(accountQueries.subscription())
  if (isPending) return <Skeleton height="3.5rem" label="Loading subscription" />
  if (error) return <ErrorPanel error={error} what="the subscription" onRetry={() => void refetch()} />
  return (
    <header className="page-header">
      <h1>
        {data.plan?.name ?? 'No plan'} <span className="badge">{statusLabel(data.status)}</span>
      </h1>
      <p className="muted">
        {data.nextBillingAt ? (
          <>
            Next billing <DateTime value={data.nextBillingAt} dateOnly relative />
            {data.nextBillingAmount && <> · {formatMoney(data.nextBillingAmount)}</>}
          </>
        ) : (
          'No upcoming billing'
        )}
      </p>
    </header>
  )
}

function CreditsCard() {
  const { data, error, refetch, isPending } = useQuery(usageQueries.latest())
  return (
    <article className="card">
      <h3 className="card__title">Credits</h3>
      {isPending ? (
        <Skeleton height="3rem" label="Loading credits" />
      ) : error ? (
        <ErrorPanel error={error} what="the credit balance" onRetry={() => void refetch()} />
      ) : data ? (
        <>
          <p className="card__figure">{formatCredits(data.balance)} available</p>
          <p className="muted">
            {formatNumber(data.onHold)} on hold · {formatNumber(data.fullBalance)} total
          </p>
        </>
      ) : (
        <p className="muted">No credit activity yet.</p>
      )}
    </article>
  )
}
