import { useQuery } from '@tanstack/react-query'
import { Fragment, type ReactNode } from 'react'
import { accountQueries } from '../../api/account'
import type { Subscription } from '../../api/types'
import { Skeleton } from '../../components/Skeleton'
import { billingFacts, capacityFacts, planFacts, type Fact } from './subscription-facts'

/**
 * Everything else the server says about the subscription, in three cards: the plan, billing and
 * capacity. "—" where an older server says nothing, and no plan card without a plan; nothing at all
 * when the subscription did not load (the header shows that error once).
 */
export function SubscriptionDetails() {
  const { data, isPending, isError } = useQuery(accountQueries.subscription())
  if (isError) return null
  const subscription = isPending ? undefined : data
  const description = subscription?.plan?.description
  return (
    <div className="details">
      {(isPending || subscription?.plan) && (
        <FactCard
          id="plan-details-title"
          title="Plan"
          facts={planFacts}
          subscription={subscription}
          className="details__card--plan"
        >
          {isPending ? (
            <Skeleton width="min(20rem, 100%)" height="1.5rem" />
          ) : (
            description && <p className="details__description">{description}</p>
          )}
        </FactCard>
      )}
      <FactCard
        id="billing-details-title"
        title="Billing details"
        facts={billingFacts}
        subscription={subscription}
      />
      <FactCard id="capacity-title" title="Capacity" facts={capacityFacts} subscription={subscription} />
    </div>
  )
}

function FactCard({
  id,
  title,
  facts,
  subscription,
  className = '',
  children,
}: {
  id: string
  title: string
  facts: Fact[]
  subscription: Subscription | undefined
  className?: string
  children?: ReactNode
}) {
  // While loading, only the lines that are always there hold their place.
  const lines = facts.filter(({ shown }) => (subscription ? (shown?.(subscription) ?? true) : !shown))
  return (
    <section className={`card details__card ${className}`} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
      <dl className="facts">
        {lines.map(({ term, value }) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{subscription ? value(subscription) : <Skeleton width="8rem" height="1.5rem" />}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  )
}
