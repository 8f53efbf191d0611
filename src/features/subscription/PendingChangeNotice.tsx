import type { PendingChange } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatNumber } from '../../lib/format'
import { billingCycle } from './plan-summary'

/** What the subscription becomes on a later date, and who loses a seat then. */
export function PendingChangeNotice({ change }: { change: PendingChange }) {
  const parts = [
    change.seats !== undefined && `${formatNumber(change.seats)} ${change.seats === 1 ? 'seat' : 'seats'}`,
    change.creditsPerUser !== undefined &&
      `${formatNumber(change.creditsPerUser)} credits per member a month`,
    change.interval && `billed ${billingCycle(1, change.interval)}`,
  ].filter(Boolean)
  const demoted = change.demotedMembers
  return (
    <section className="notice notice--info pending-change" aria-labelledby="pending-change-title">
      <h2 id="pending-change-title" className="pending-change__title">
        <span aria-hidden="true">◷ </span>Scheduled change
        {change.effectiveAt && (
          <>
            {' '}
            on <DateTime value={change.effectiveAt} dateOnly />
          </>
        )}
      </h2>
      {parts.length > 0 && <p>From then: {parts.join(' · ')}.</p>}
      {demoted.length > 0 && (
        <>
          <p>
            {demoted.length === 1
              ? 'This member loses their seat'
              : `These ${formatNumber(demoted.length)} members lose their seat`}{' '}
            then:
          </p>
          <ul className="pending-change__members">
            {demoted.map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
