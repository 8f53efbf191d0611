import type { Subscription } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatMoney } from '../../lib/format'
import { planSummary } from './plan-summary'
import { daysPhrase, daysUntil, statusView } from './subscription-status'
import { SubscriptionHeader, When, type HeadingParts } from './SubscriptionHeader'

/** Plan, status and what happens next; the page's heading. */
export function PlanHeader() {
  return <SubscriptionHeader describe={describePlan} placeholders={placeholders} />
}

const placeholders = { lines: ['min(22rem, 100%)', 'min(26rem, 100%)'], next: true }

function describePlan(subscription: Subscription): HeadingParts {
  const view = statusView(subscription)
  return {
    title: subscription.plan ? `${subscription.plan.name || 'Your'} plan` : 'No plan',
    view,
    summary: planSummary(subscription),
    meaning: (
      <>
        {view.meaning}
        {subscription.heroku && ' This account is billed through Heroku.'}
      </>
    ),
    next: <NextBilling subscription={subscription} />,
  }
}

/** The amount of the next charge, when there is one to pay. */
function nextAmount({ nextBillingAmount }: Subscription): string | null {
  return nextBillingAmount && nextBillingAmount.cents > 0 ? formatMoney(nextBillingAmount) : null
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
