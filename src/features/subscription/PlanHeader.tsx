import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import type { Subscription } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatMoney } from '../../lib/format'
import { planSummary } from './plan-summary'
import { StatusBadge } from './StatusBadge'
import { daysPhrase, daysUntil, statusView } from './subscription-status'

/** Plan, status and what happens next; the page's heading. */
export function PlanHeader() {
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
          <div className="plan-header__placeholder">
            <Skeleton width="min(26rem, 100%)" height="100%" />
          </div>
        </div>
        <div className="plan-header__placeholder">
          <Skeleton width="16rem" height="100%" />
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
  const view = statusView(data)
  const summary = planSummary(data)
  return (
    <header className="plan-header">
      <div className="plan-header__main">
        <h1>
          {data.plan ? `${data.plan.name || 'Your'} plan` : 'No plan'} <StatusBadge view={view} />
        </h1>
        {summary && <p className="muted plan-header__summary">{summary}</p>}
        <p className="muted plan-header__meaning">
          {view.meaning}
          {data.heroku && ' This account is billed through Heroku.'}
        </p>
      </div>
      <p className="plan-header__next">
        <NextBilling subscription={data} />
      </p>
    </header>
  )
}

/** The amount of the next charge, when there is one to pay. */
function nextAmount({ nextBillingAmount }: Subscription): string | null {
  return nextBillingAmount && nextBillingAmount.cents > 0 ? formatMoney(nextBillingAmount) : null
}

/** "Dec 1, 2026 (in 10 days)": the local date, exact UTC on hover, and how far off it is. */
function When({ iso }: { iso: string }) {
  return (
    <>
      <DateTime value={iso} dateOnly />
      <span className="muted"> ({daysPhrase(daysUntil(iso))})</span>
    </>
  )
}

/**
 * The one date that matters for the status, in the words the status calls for, with the amount due
 * then: "Renews on … for €2,495.00", "Trial ends in 12 days, on …", "Ends on … · no more charges".
 */
function NextBilling({ subscription }: { subscription: Subscription }) {
  const { status, nextBillingAt, trialEnd } = subscription
  const amount = nextAmount(subscription)
  if (status === 'cancelled') return <>No upcoming charges</>
  if (status === 'in_trial' && trialEnd) {
    const days = daysUntil(trialEnd)
    return (
      <>
        Trial {days < 0 ? 'ended' : 'ends'} {daysPhrase(days)}, on <DateTime value={trialEnd} dateOnly />
        {amount && <> · then {amount}</>}
      </>
    )
  }
  if (!nextBillingAt) return <>Next billing date: —</>
  if (status === 'non_renewing') {
    return (
      <>
        Ends on <When iso={nextBillingAt} /> · no more charges
      </>
    )
  }
  if (status === 'future') {
    return (
      <>
        Starts on <When iso={nextBillingAt} />
        {amount && <> · first charge {amount}</>}
      </>
    )
  }
  return (
    <>
      {status === 'active' ? 'Renews' : 'Next billing'} on <When iso={nextBillingAt} />
      {amount && <> for {amount}</>}
    </>
  )
}
