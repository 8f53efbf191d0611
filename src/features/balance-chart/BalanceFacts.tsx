import { Skeleton } from '../../components/Skeleton'
import { formatDate, formatNumber, formatSignedCredits } from '../../lib/format'
import type { BalanceSummary } from './summary'

const count = (value: number, one: string, many: string) =>
  `${formatNumber(value)} ${value === 1 ? one : many}`

/**
 * The chart in words: start and end balance, net change, lowest and highest with their dates, and what
 * moved it. Every fact has a value line and a detail line, loading or not, so nothing shifts when it fills.
 */
export function BalanceFacts({
  summary,
  pending,
  utc,
}: {
  summary: BalanceSummary | null
  /** Still loading: placeholders rather than dashes. */
  pending: boolean
  utc: boolean
}) {
  const day = (ms: number) => formatDate(new Date(ms).toISOString(), utc ? 'UTC' : undefined)
  const facts: [string, string, string][] | null = summary && [
    ['Start', formatNumber(summary.opening), `on ${day(summary.from)}`],
    ['End', formatNumber(summary.closing), `on ${day(summary.to)}`],
    ['Net change', formatSignedCredits(summary.net), 'credits'],
    ['Lowest', formatNumber(summary.lowest.value), `on ${day(summary.lowest.at)}`],
    ['Highest', formatNumber(summary.highest.value), `on ${day(summary.highest.at)}`],
    [
      'Purchases',
      formatNumber(summary.purchases),
      `${count(summary.grants, 'grant', 'grants')}, ${count(summary.expiries, 'expiry', 'expiries')}`,
    ],
  ]
  const terms = ['Start', 'End', 'Net change', 'Lowest', 'Highest', 'Purchases']
  return (
    <dl className="balance-chart__facts" aria-label="Balance summary" aria-busy={pending}>
      {terms.map((term, i) => {
        const fact = facts?.[i]
        return (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              <span className="balance-chart__fact-value">
                {fact ? fact[1] : pending ? <Skeleton width="4em" /> : '—'}
              </span>
              <span className="balance-chart__fact-detail">
                {fact ? fact[2] : pending ? <Skeleton width="7em" /> : ''}
              </span>
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

/** How far the range's pages have come; the chart draws the part already in. */
export function LoadProgress({
  received,
  total,
  done,
}: {
  received: number
  total: number | null
  done: boolean
}) {
  if (done && total === 0) return <p className="balance-chart__progress" />
  if (done)
    return (
      <p className="balance-chart__progress muted">
        From all {count(total ?? received, 'entry', 'entries')} in this range.
      </p>
    )
  const text =
    total === null ? 'Loading entries…' : `Loaded ${formatNumber(received)} of ${formatNumber(total)} entries`
  return (
    <div className="balance-chart__progress">
      <progress
        max={total ?? undefined}
        value={total === null ? undefined : received}
        aria-label="Entries loaded for the chart"
      />
      <span>{text}</span>
    </div>
  )
}
