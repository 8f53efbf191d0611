import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, createBrowserHistory, type RouterHistory } from '@tanstack/react-router'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'
import { dropRejectedConnection } from './session'

/**
 * The query client and the router, wired so that a 401 from any request sends the user to the
 * connection screen once (not once per failing query) and back to the same URL afterwards.
 */
export function createApp(history: RouterHistory = createBrowserHistory(), retryBaseMs?: number) {
  let redirecting = false
  const queryClient = createQueryClient((error) => {
    if (redirecting || router.state.location.pathname === '/connect') return
    redirecting = true
    const { href } = router.state.location
    dropRejectedConnection(error.message)
    void router.navigate({ to: '/connect', search: { redirect: href } }).finally(() => {
      redirecting = false
    })
  }, retryBaseMs)
  const router = createAppRouter(queryClient, history)
  return { queryClient, router }
}

export type AppInstance = ReturnType<typeof createApp>

export function App({ queryClient, router }: { queryClient: QueryClient; router: AppInstance['router'] }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
