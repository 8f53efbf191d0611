import { AutoTopUpCard } from './AutoTopUpCard'
import { SubscriptionDetails } from './SubscriptionDetails'
import { BuyCredits } from './BuyCredits'
import { CreditsCard } from './CreditsCard'
import { LowBalanceNotice } from './LowBalanceNotice'
import './overview.css'
import { PeriodUsageCard } from './PeriodUsageCard'
import { PlanHeader } from './PlanHeader'

/**
 * The subscription at a glance: plan and status, credits, usage this period, auto top-up, buying
 * credits, and the plan, billing and capacity details. Every block reads its own query and loads on its own.
 */
export function OverviewPage() {
  return (
    <div className="page overview">
      <PlanHeader />
      <div className="cards overview__cards">
        <CreditsCard />
        <PeriodUsageCard />
        <AutoTopUpCard />
      </div>
      <LowBalanceNotice />
      <BuyCredits />
      <SubscriptionDetails />
    </div>
  )
}
