import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import type { Capabilities } from '../../api/types'
import { Skeleton } from '../../components/Skeleton'
import { CreditTypeCards } from './CreditTypeCards'
import { MemberUsageTable } from './MemberUsageTable'
import { PaymentMethodsCard } from './PaymentMethodsCard'
import { PendingChangeNotice } from './PendingChangeNotice'
import { PooledCredits } from './PooledCredits'

/**
 * What a subscription answer carries besides its status, each part shown when the backend offers it:
 * a scheduled change, the credit buckets, the payment methods and the members' usage. One request
 * feeds them all; its failure is told once, by the header.
 */
export function SubscriptionBlocks({ capabilities }: { capabilities: Capabilities }) {
  const { data, isPending, isError } = useQuery(accountQueries.subscription())
  if (isError) return null
  if (isPending) {
    return (
      <div className="billing-overview__grid" aria-busy="true">
        <Skeleton height="16rem" label="Loading credits" />
        <Skeleton height="10rem" />
      </div>
    )
  }
  const { pendingChange, creditBuckets, paymentMethods, memberUsage } = data
  return (
    <>
      {pendingChange && <PendingChangeNotice change={pendingChange} />}
      <div className="billing-overview__grid">
        {capabilities.creditBuckets &&
          creditBuckets &&
          (creditBuckets.pooled ? (
            <PooledCredits credits={creditBuckets} />
          ) : (
            <CreditTypeCards credits={creditBuckets} />
          ))}
        {capabilities.paymentMethods && data.status !== 'none' && (
          <PaymentMethodsCard methods={paymentMethods ?? []} />
        )}
      </div>
      {capabilities.seats && memberUsage && memberUsage.length > 0 && (
        <MemberUsageTable members={memberUsage} />
      )}
    </>
  )
}
