import { lazy, Suspense } from 'react'
import { UsagePage } from '../features/usage/UsagePage'

// recharts and the chart live in their own chunk: the usage table never waits for them.
const BalanceChart = lazy(() => import('../features/balance-chart/BalanceChart'))

/** The usage page with the balance chart above its table; features stay independent, the app composes. */
export function UsageRoute() {
  return (
    <UsagePage
      renderChart={(props) => (
        <Suspense
          fallback={
            <div className="chart-placeholder" role="status" aria-label="Loading the balance chart" />
          }
        >
          <BalanceChart {...props} />
        </Suspense>
      )}
    />
  )
}
