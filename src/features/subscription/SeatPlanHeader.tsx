import type { Subscription } from '../../api/types'
import { nextCharge, seatPlanSummary, seatStatusView } from './seat-plan'
import { SubscriptionHeader, When, type HeadingParts } from './SubscriptionHeader'

/** A seat subscription's heading: status and what it means, the seats, and what happens next. */
export function SeatPlanHeader() {
  return <SubscriptionHeader describe={describeSeatPlan} placeholders={placeholders} />
}

const placeholders = { lines: ['min(22rem, 100%)'], next: false }

function describeSeatPlan(subscription: Subscription): HeadingParts {
  const view = seatStatusView(subscription)
  return {
    title: 'Subscription',
    view,
    summary: seatPlanSummary(subscription),
    meaning: view.meaning,
    next: subscription.status === 'none' ? null : <NextCharge subscription={subscription} />,
  }
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
