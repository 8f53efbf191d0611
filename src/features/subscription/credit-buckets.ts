import type { CreditBucket, CreditBuckets } from '../../api/types'
import { creditTypeLabel, humanize } from '../../lib/labels'

const pooledNames: Record<string, string> = {
  subscription: 'Subscription credits',
  top_up: 'Top-up credits',
  discount: 'Bonus credits',
}

/** "Subscription credits", "Top-up credits"; a credit type by its label ("AI Pentest"). */
export function bucketName(bucket: CreditBucket, pooled: boolean): string {
  return pooled ? (pooledNames[bucket.kind] ?? humanize(bucket.kind)) : creditTypeLabel(bucket.kind)
}

/** When the bucket's credits stop being there as they are: its reset or its expiry. */
export function bucketEnd(bucket: CreditBucket): string | undefined {
  return bucket.resetsAt ?? bucket.expiresAt ?? undefined
}

/**
 * The buckets worth showing: those that say how much they hold. Bonus credits only have a total (shown
 * apart), and a bucket that never held anything (no grant, never bought) is left out.
 */
export function holdingBuckets({ buckets }: CreditBuckets): CreditBucket[] {
  return buckets.filter(
    (bucket) =>
      bucket.kind !== 'discount' &&
      bucket.remaining !== undefined &&
      (bucket.remaining > 0 || (bucket.total ?? 0) > 0 || (bucket.lifetimePurchased ?? 0) > 0),
  )
}

/**
 * The order in which credits run out: the bucket whose credits end first (a reset or an expiry) comes
 * first; a bucket with no end date last. Empty buckets follow the ones that still hold credits.
 */
export function byRunOut(buckets: readonly CreditBucket[]): CreditBucket[] {
  const end = (bucket: CreditBucket) => {
    const date = bucketEnd(bucket)
    return date ? Date.parse(date) : Infinity
  }
  return [...buckets].sort(
    (a, b) => Number((b.remaining ?? 0) > 0) - Number((a.remaining ?? 0) > 0) || end(a) - end(b),
  )
}

/** Credits available across the pool: the server's count, else the sum of what each bucket holds. */
export function availableCredits(credits: CreditBuckets): number | undefined {
  if (credits.available !== undefined) return credits.available
  const holding = holdingBuckets(credits)
  return holding.length ? holding.reduce((sum, bucket) => sum + (bucket.remaining ?? 0), 0) : undefined
}

/** Each holding bucket's share of what is left, in percent, for the stacked bar. */
export function shares(buckets: readonly CreditBucket[]): { bucket: CreditBucket; percent: number }[] {
  const total = buckets.reduce((sum, bucket) => sum + Math.max(0, bucket.remaining ?? 0), 0)
  if (total <= 0) return []
  return buckets
    .filter((bucket) => (bucket.remaining ?? 0) > 0)
    .map((bucket) => ({ bucket, percent: (100 * (bucket.remaining ?? 0)) / total }))
}

const renewals: Record<string, string> = {
  DAILY: 'Renews every day',
  WEEKLY: 'Renews every week',
  MONTHLY: 'Renews every month',
  QUARTERLY: 'Renews every quarter',
  YEARLY: 'Renews every year',
  ANNUALLY: 'Renews every year',
  NONE: 'Does not renew',
  NEVER: 'Does not renew',
}

/** Conviso's `rollupType` in words; a cycle the API adds later is named as it came. */
export function renewalText(renewal: string | undefined): string | null {
  if (!renewal) return null
  return renewals[renewal.toUpperCase()] ?? `Renewal: ${humanize(renewal.toLowerCase())}`
}
