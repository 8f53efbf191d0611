import BalanceChart from '../features/balance-chart/BalanceChart'
import { UsagePage } from '../features/usage/UsagePage'

/**
 * The usage page with the balance chart above its table; features stay independent, the app composes.
 * The chart's frame comes with the page; its plot (recharts) loads in a chunk of its own.
 */
export function UsageRoute() {
  return <UsagePage renderChart={(props) => <BalanceChart {...props} />} />
}
