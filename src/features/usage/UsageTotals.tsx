import { useQuery } from '@tanstack/react-query'
import { ValidationError } from '../../api/errors'
import type { UsageQuery } from '../../api/types'
import { usageQueries } from '../../api/usage'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { formatNumber, formatSignedCredits } from '../../lib/format'

/** Totals over the whole filtered set, not only the page on screen. */
export function UsageTotals({ query }: { query: UsageQuery }) {
  const { data, error, refetch, isPending } = useQuery(usageQueries.totals(query))
  // A filter the server refused is explained once, above the table.
  if (error instanceof ValidationError) return null
  if (error) return <ErrorPanel error={error} what="the totals" onRetry={() => void refetch()} />
  const items = data && [
    ['Used', formatNumber(data.used)],
    ['Purchased', formatNumber(data.purchased)],
    ['Earned', formatNumber(data.earned)],
    ['Expired', formatNumber(data.expired)],
    ['Net', formatSignedCredits(data.net)],
  ]
  return (
    <section className="usage-totals" aria-label="Totals for the filtered entries" aria-busy={isPending}>
      {items ? (
        <dl>
          {items.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd className="num">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Skeleton height="2.75rem" label="Adding up the filtered entries" />
      )}
      <p className="muted usage-totals__note">Credits over every matching entry, not only this page.</p>
    </section>
  )
}
