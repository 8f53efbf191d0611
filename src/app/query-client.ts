import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError, isTransient, RateLimitedError } from '../api/errors'

const MAX_RETRIES = 3

/**
 * Queries retry only what may pass (5xx, network, timeout, 429) with backoff, and wait out Retry-After;
 * a 4xx will fail the same way again. Mutations never retry: a repeated POST could buy credits twice.
 */
export function createQueryClient(onUnauthorized: (error: Error) => void, retryBaseMs = 1000): QueryClient {
  const onError = (error: Error) => {
    if (isApiError(error) && error.kind === 'unauthorized') onUnauthorized(error)
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Route loaders start each page's requests; a page mounting just after one failed must not send it
        // again at once (a 4xx would be asked twice). Retry buttons and the next navigation try again.
        retryOnMount: false,
        retry: (failureCount, error) => isTransient(error) && failureCount < MAX_RETRIES,
        retryDelay: (attempt, error) =>
          error instanceof RateLimitedError && error.retryAfterSeconds !== null
            ? error.retryAfterSeconds * 1000
            : Math.min(retryBaseMs * 2 ** attempt, 8 * retryBaseMs),
      },
      mutations: { retry: false },
    },
  })
}
