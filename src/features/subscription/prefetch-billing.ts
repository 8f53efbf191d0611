import type { QueryClient } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import { offers } from '../../api/connection'
import { creditQueries } from '../../api/credits'

/** Starts what BillingOverview shows: the subscription (which carries the buckets), or the buckets alone. */
export function prefetchBillingOverview(queryClient: QueryClient): void {
  if (offers('subscription')) void queryClient.prefetchQuery(accountQueries.subscription())
  else if (offers('creditBuckets')) void queryClient.prefetchQuery(creditQueries.buckets())
}
