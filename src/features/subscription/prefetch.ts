import type { QueryClient } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import { topUpQueries } from '../../api/top-up'
import { usageQueries } from '../../api/usage'
import { billingPeriods } from '../../lib/billing-period'
import { usedInPeriodQuery } from './period-usage'

/**
 * Starts every request the overview needs, without waiting for any: the usage totals follow as soon as
 * the subscription says what the billing periods are. Failures are left to the blocks that show them.
 */
export function prefetchOverview(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(usageQueries.latest())
  void queryClient.prefetchQuery(topUpQueries.settings())
  queryClient.ensureQueryData(accountQueries.subscription()).then(
    (subscription) => {
      const periods = billingPeriods(subscription)
      if (!periods) return
      for (const period of [periods.current, periods.previous]) {
        void queryClient.prefetchQuery(usageQueries.totals(usedInPeriodQuery(period)))
      }
    },
    () => undefined,
  )
}
