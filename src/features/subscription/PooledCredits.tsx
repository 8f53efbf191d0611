import type { CreditBuckets } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatCredits, formatNumber } from '../../lib/format'
import { availableCredits, bucketEnd, bucketName, byRunOut, holdingBuckets, shares } from './credit-buckets'
import { BucketRow } from './BucketRow'
import { daysPhrase, daysUntil } from './subscription-status'

/**
 * One balance spent from several buckets: how much is available, a bar of where it sits, and the
 * buckets in the order they run out (the next reset or expiry first).
 */
export function PooledCredits({ credits }: { credits: CreditBuckets }) {
  const buckets = byRunOut(holdingBuckets(credits))
  const available = availableCredits(credits)
  const discount = credits.buckets.find((bucket) => bucket.kind === 'discount')?.total
  const first = buckets.find((bucket) => (bucket.remaining ?? 0) > 0 && bucketEnd(bucket))
  const firstEnd = first && bucketEnd(first)
  return (
    <section className="card credits-pool" aria-labelledby="credits-pool-title">
      <h2 id="credits-pool-title" className="card__title">
        Credits
      </h2>
      <p className="card__figure">
        {available === undefined ? '—' : formatNumber(available)}{' '}
        <span className="card__unit">credits available</span>
      </p>
      {credits.used !== undefined && <p className="muted">{formatCredits(credits.used)} used</p>}
      <div className="credits-pool__bar" aria-hidden="true">
        {shares(buckets).map(({ bucket, percent }) => (
          <span
            key={bucket.kind}
            className={`credits-pool__share bucket--${bucket.kind}`}
            style={{ width: `${percent}%` }}
          />
        ))}
      </div>
      {first && firstEnd && (
        <p className="credits-pool__first">
          <strong>Runs out first:</strong> {bucketName(first, true).toLowerCase()},{' '}
          {formatNumber(first.remaining ?? 0)} left until they {first.resetsAt ? 'reset' : 'expire'} on{' '}
          <DateTime value={firstEnd} dateOnly /> ({daysPhrase(daysUntil(firstEnd))}).
        </p>
      )}
      {buckets.length === 0 ? (
        <p className="muted">No credits: there is no subscription grant and no top-up credits.</p>
      ) : (
        <ul className="buckets">
          {buckets.map((bucket) => (
            <BucketRow key={bucket.kind} bucket={bucket} />
          ))}
        </ul>
      )}
      {discount !== undefined && discount > 0 && (
        <p className="muted">
          <span aria-hidden="true">★ </span>
          {formatCredits(discount)} this month are a bonus from the first-month discount.
        </p>
      )}
    </section>
  )
}
