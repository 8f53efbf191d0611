import { useBackendInfo } from '../../api/use-backend-info'
import './billing-overview.css'
import './overview.css'
import { SeatPlanHeader } from './SeatPlanHeader'
import { StandaloneCredits } from './StandaloneCredits'
import { SubscriptionBlocks } from './SubscriptionBlocks'

/**
 * The overview of a backend without plan pricing, credit packs or a ledger (Neo, Conviso), made of the
 * blocks its capabilities call for. The Probely overview (OverviewPage) stays as it is.
 */
export function BillingOverview() {
  const { capabilities, name } = useBackendInfo()
  return (
    <div className="page overview billing-overview">
      {capabilities.subscription ? (
        <>
          <SeatPlanHeader />
          <SubscriptionBlocks capabilities={capabilities} />
        </>
      ) : (
        capabilities.creditBuckets && <StandaloneCredits backendName={name} />
      )}
    </div>
  )
}
