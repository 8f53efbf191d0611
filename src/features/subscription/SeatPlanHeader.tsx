import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import type { Subscription } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { nextCharge, seatPlanSummary, seatStatusView } from './seat-plan'
import { StatusBadge } from './StatusBadge'
import { daysPhrase, daysUntil } from './subscription-status'

/** A seat subscription's heading: status and what it means, the seats, and what happens next. */
export function SeatPlanHeader() {
  const { data, error, refetch, isPending } = useQuery(accountQueries.subscription())
  if (isPending) {
    return (
      <header className="plan-header">
        <div className="plan-header__main">
          <h1>
            <Skeleton width="14rem" height="1.875rem" label="Loading subscription" />
          </h1>
          <div className="plan-header__placeholder">
            <Skeleton width="min(22rem, 100%)" height="100%" />
          </div>
        </div>
      </header>
    )
  }
  if (error) {
    return (
      <header className="plan-header plan-header--error">
        <h1>Subscription</h1>
        <ErrorPanel error={error} what="the subscription" onRetry={() => void refetch()} />
      </header>
    )
  }
  const view = seatStatusView(data)
  const summary = seatPlanSummary(data)
  return (
    <header className="plan-header">
      <div className="plan-header__main">
        <h1>
          Subscription <StatusBadge view={view} />
        </h1>
        {summary && <p className="muted plan-header__summary">{summary}</p>}
        <p className="muted plan-header__meaning">{view.meaning}</p>
      </div>
      {data.status !== 'none' && (
        <p className="plan-header__next">
          <NextCharge subscription={data} />
        </p>
      )}
    </header>
  )
}

function When({ iso }: { iso: string }) {
  return (
    <>
      <DateTime value={iso} dateOnly />
      <span className="muted"> ({daysPhrase(daysUntil(iso))})</span>
    </>
  )
}

/** "Renews on … for $392.00", "Ends on … · no more charges", "Payment due: $392.00". */
function NextCharge({ subscription }: { subscription: Subscription }) {
  const { status, nextBillingAt, cancelAtPeriodEnd } = subscription
  const amount = nextCharge(subscription)
  if (status === 'canceled') return <>No upcoming charges</>
  if (status === 'past_due' || status === 'incomplete') {
    return <>{amount ? `Payment due: ${amount}` : 'Payment due'}</>
  }
  if (!nextBillingAt) return <>Next charge: {amount ?? '—'}</>
  if (cancelAtPeriodEnd) {
    return (
      <>
        Ends on <When iso={nextBillingAt} /> · no more charges
      </>
    )
  }
  return (
    <>
      Renews on <When iso={nextBillingAt} />
      {amount && <> for {amount}</>}
    </>
  )
}
