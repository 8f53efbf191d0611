import { Link } from '@tanstack/react-router'
import type { CreditBuckets } from '../../api/types'
import { formatCredits, formatNumber } from '../../lib/format'
import { bucketName, renewalText } from './credit-buckets'
import { UsageBar } from './UsageBar'
import { usedPercent } from './usage-level'

/** Credits kept apart by type: one card each, never added up (an AI pentest credit is not a DAST one). */
export function CreditTypeCards({ credits }: { credits: CreditBuckets }) {
  if (credits.buckets.length === 0) {
    return <p className="empty">This company has no execution credits.</p>
  }
  return (
    <ul className="cards credit-types">
      {credits.buckets.map((bucket) => {
        const name = bucketName(bucket, false)
        const renewal = renewalText(bucket.renewal)
        return (
          <li key={bucket.kind} className="card overview-card">
            <h2 className="card__title">{name}</h2>
            <p className="card__figure">
              {bucket.remaining === undefined ? '—' : formatNumber(bucket.remaining)}{' '}
              <span className="card__unit">
                {bucket.total === undefined ? 'left' : `of ${formatNumber(bucket.total)} left`}
              </span>
            </p>
            <UsageBar
              percent={usedPercent(bucket.used, bucket.total)}
              label={`${name} credits used this period`}
            />
            <p className="muted">
              {bucket.used === undefined ? '' : `${formatCredits(bucket.used)} used this period`}
              {bucket.used !== undefined && renewal ? ' · ' : ''}
              {renewal}
            </p>
            <p className="overview-card__action">
              <Link to="/usage" search={{ q: name, range: 'all' }}>
                {name} transactions
              </Link>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
