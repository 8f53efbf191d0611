import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { accountQueries } from '../../api/account'
import type { Subscription } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { StatusBadge } from './StatusBadge'
import { daysPhrase, daysUntil, type StatusView } from './subscription-status'

/** What a backend's subscription heading says: its title and status, in a few lines. */
export type HeadingParts = {
  title: string
  view: StatusView
  summary: string | null
  meaning: ReactNode
  /** What happens next (a date, an amount), or null when nothing will. */
  next: ReactNode
}

/**
 * The overview's heading for any backend: a skeleton of the same shape while the subscription loads,
 * the error with Retry if it fails, then the parts `describe` makes of it.
 */
export function SubscriptionHeader({
  describe,
  placeholders,
}: {
  describe: (subscription: Subscription) => HeadingParts
  /** Skeleton lines: the summary and meaning below the title, and whether a "next" line is beside it. */
  placeholders: { lines: string[]; next: boolean }
}) {
  const { data, error, refetch, isPending } = useQuery(accountQueries.subscription())
  if (isPending) {
    return (
      <header className="plan-header">
        <div className="plan-header__main">
          <h1>
            <Skeleton width="14rem" height="1.875rem" label="Loading subscription" />
          </h1>
          {placeholders.lines.map((width) => (
            <div key={width} className="plan-header__placeholder">
              <Skeleton width={width} height="100%" />
            </div>
          ))}
        </div>
        {placeholders.next && (
          <div className="plan-header__placeholder">
            <Skeleton width="16rem" height="100%" />
          </div>
        )}
      </header>
    )
  }
  if (error) {
    return (
      <header className="plan-header plan-header--error">
        <h1>Subscription</h1>
        <ErrorPanel error={error} what="the subscription" onRetry={() => void refetch()} />
      </header>
    )
  }
  const { title, view, summary, meaning, next } = describe(data)
  return (
    <header className="plan-header">
      <div className="plan-header__main">
        <h1>
          {title} <StatusBadge view={view} />
        </h1>
        {summary && <p className="muted plan-header__summary">{summary}</p>}
        <p className="muted plan-header__meaning">{meaning}</p>
      </div>
      {next && <p className="plan-header__next">{next}</p>}
    </header>
  )
}

/** "Dec 1, 2026 (in 10 days)": the local date, exact UTC on hover, and how far off it is. */
export function When({ iso }: { iso: string }) {
  return (
    <>
      <DateTime value={iso} dateOnly />
      <span className="muted"> ({daysPhrase(daysUntil(iso))})</span>
    </>
  )
}
