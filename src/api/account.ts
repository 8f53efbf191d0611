import { queryOptions } from '@tanstack/react-query'
import { getBackend } from './connection'

export const accountQueries = {
  all: () => ['account'] as const,
  subscription: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'subscription'] as const,
      queryFn: ({ signal }) => getBackend().getSubscription(signal),
    }),
}
