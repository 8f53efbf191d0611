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
import { z } from 'zod'
import { accountQueries } from '../api/account'
import { getConnection } from '../api/connection'
import { topUpQueries } from '../api/top-up'
import { usageQueries } from '../api/usage'
import { AppLayout } from './AppLayout'
import { ConnectPage } from './ConnectPage'
import { NotFound, RouteError, RoutePending } from './route-states'

export type RouterContext = { queryClient: QueryClient }

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
})

export const connectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connect',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  component: ConnectPage,
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
// a slow request never holds up the whole page.
const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(accountQueries.subscription())
    void queryClient.prefetchQuery(usageQueries.latest())
  },
  component: lazyRouteComponent(() => import('../features/subscription/OverviewPage'), 'OverviewPage'),
})

const usageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/usage',
  component: lazyRouteComponent(() => import('../features/usage/UsagePage'), 'UsagePage'),
})

const topUpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/top-up',
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(topUpQueries.settings())
    void queryClient.prefetchQuery(accountQueries.subscription())
  },
  component: lazyRouteComponent(() => import('../features/auto-top-up/TopUpPage'), 'TopUpPage'),
})

const routeTree = rootRoute.addChildren([
  connectRoute,
  appRoute.addChildren([overviewRoute, usageRoute, topUpRoute]),
])

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
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
