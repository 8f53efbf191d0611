import type { CreditBucket } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatCredits, formatNumber } from '../../lib/format'
import { bucketName } from './credit-buckets'
import { daysPhrase, daysUntil } from './subscription-status'
import { UsageBar } from './UsageBar'
import { usedPercent } from './usage-level'

const count = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value))

function When({ iso }: { iso: string }) {
  return (
    <>
      <DateTime value={iso} dateOnly /> ({daysPhrase(daysUntil(iso))})
    </>
  )
}

/** One bucket of a pool: what is left of it, how much is used, and when it resets or expires. */
export function BucketRow({ bucket }: { bucket: CreditBucket }) {
  const name = bucketName(bucket, true)
  const { total, used, remaining, resetsAt, expiresAt, lifetimePurchased, lifetimeUsed } = bucket
  return (
    <li className={`bucket bucket--${bucket.kind}`}>
      <h3 className="bucket__name">
        <span className="bucket__swatch" aria-hidden="true" />
        {name}
      </h3>
      <p className="bucket__figure">
        <strong>{count(remaining)}</strong>
        {total !== undefined && <span className="muted"> of {formatNumber(total)}</span>} left
      </p>
      <UsageBar percent={usedPercent(used, total)} label={`${name} used`} />
      <p className="muted bucket__facts">
        {used !== undefined && <>{formatCredits(used)} used</>}
        {resetsAt && (
          <>
            {used !== undefined && ' · '}
            resets{total !== undefined && <> to {formatNumber(total)}</>} on <When iso={resetsAt} />
          </>
        )}
        {expiresAt && (
          <>
            {used !== undefined && ' · '}
            {remaining ? 'expire' : 'expired or expire'} on <When iso={expiresAt} />
          </>
        )}
      </p>
      {(lifetimePurchased !== undefined || lifetimeUsed !== undefined) && (
        <p className="muted bucket__facts">
          In total: {count(lifetimePurchased)} bought · {count(lifetimeUsed)} used
        </p>
      )}
    </li>
  )
}
