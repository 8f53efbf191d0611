import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router'
import { z } from 'zod/mini'
import { accountQueries } from '../api/account'
import { getConnection, offers } from '../api/connection'
import { topUpQueries } from '../api/top-up'
import { usageQueries } from '../api/usage'
import { validateOverviewSearch } from '../features/subscription/member-search'
import { prefetchBillingOverview } from '../features/subscription/prefetch-billing'
import { todayFor, toUsageQuery, usageSearchSchema } from '../features/usage/search'
import { toTransactionQuery } from '../features/usage/transaction-query'
import { parseSearch, stringifySearch } from '../lib/search-params'
import { prefetchOverview } from '../features/subscription/prefetch'
import { AppLayout } from './AppLayout'
import { byCapability } from './capability-route'
import { NotFound, RouteError, RoutePending } from './route-states'

export type RouterContext = { queryClient: QueryClient }

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
})

export const connectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connect',
  validateSearch: z.object({ redirect: z.catch(z.optional(z.string()), undefined) }),
  // Only the first visit and an expired key see it: it loads on its own, not with every page.
  component: lazyRouteComponent(() => import('./ConnectPage'), 'ConnectPage'),
})

/** Every page but the connection screen needs a connection; without one, go and make it, then come back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ location }) => {
    if (!getConnection()) throw redirect({ to: '/connect', search: { redirect: location.href } })
  },
  component: AppLayout,
  errorComponent: RouteError,
})

// Loaders start requests without awaiting them: each block on a page shows its own skeleton and
// a slow request never holds up the whole page. They ask only for what the backend in use offers, and
// each page is chosen by what it offers (byCapability); one it cannot serve explains why.
const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: validateOverviewSearch,
  loader: ({ context: { queryClient } }) =>
    offers('planPricing') ? prefetchOverview(queryClient) : prefetchBillingOverview(queryClient),
  component: byCapability(null, [
    {
      needs: 'planPricing',
      component: lazyRouteComponent(() => import('../features/subscription/OverviewPage'), 'OverviewPage'),
    },
    {
      needs: 'always',
      component: lazyRouteComponent(
        () => import('../features/subscription/BillingOverview'),
        'BillingOverview',
      ),
    },
  ]),
})

const usageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/usage',
  validateSearch: usageSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) => {
    if (offers('usageLedger'))
      void queryClient.prefetchQuery(usageQueries.list(toUsageQuery(deps, todayFor(deps))))
    else if (offers('usageTransactions'))
      void queryClient.prefetchQuery(usageQueries.list(toTransactionQuery(deps, todayFor(deps))))
  },
  component: byCapability('usage', [
    { needs: 'usageLedger', component: lazyRouteComponent(() => import('./UsageRoute'), 'UsageRoute') },
    {
      needs: 'usageTransactions',
      component: lazyRouteComponent(() => import('../features/usage/TransactionsPage'), 'TransactionsPage'),
    },
  ]),
})

const topUpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/top-up',
  loader: ({ context: { queryClient } }) => {
    if (!offers('topUpSettings')) return
    void queryClient.prefetchQuery(topUpQueries.settings())
    void queryClient.prefetchQuery(accountQueries.subscription())
    void queryClient.prefetchQuery(usageQueries.latest())
  },
  component: byCapability('top-up', [
    {
      needs: 'topUpSettings',
      component: lazyRouteComponent(() => import('../features/auto-top-up/TopUpPage'), 'TopUpPage'),
    },
  ]),
})

const routeTree = rootRoute.addChildren([
  connectRoute,
  appRoute.addChildren([overviewRoute, usageRoute, topUpRoute]),
])

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    // Lists are repeated keys (operation=used&operation=earned), as people and the API read them.
    parseSearch,
    stringifySearch,
    context: { queryClient },
    defaultPreload: 'intent',
    // The query cache decides freshness; the router must not cache loader results on top of it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: RoutePending,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
