import type { UsageEntry } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatNumber } from '../../lib/format'
import { scanStatusLabel } from '../../lib/labels'

function duration(started: string, completed: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(completed) - Date.parse(started)) / 60_000))
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

const orDash = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : formatNumber(value)

/** The scan's and target's details under an expanded row. */
export function RowDetails({ entry, timeZone }: { entry: UsageEntry; timeZone?: 'UTC' }) {
  const { scan, target } = entry
  return (
    <div className="row-details">
      <section aria-label="Scan">
        <h3 className="row-details__title">Scan</h3>
        {scan ? (
          <dl className="facts facts--compact">
            <dt>Status</dt>
            <dd>{scanStatusLabel(scan.status)}</dd>
            <dt>Profile</dt>
            <dd>{scan.profile ?? '—'}</dd>
            <dt>Findings</dt>
            <dd>
              {orDash(scan.lows)} low · {orDash(scan.mediums)} medium · {orDash(scan.highs)} high
            </dd>
            <dt>Started</dt>
            <dd>{scan.started ? <DateTime value={scan.started} timeZone={timeZone} /> : 'Not started'}</dd>
            <dt>Completed</dt>
            <dd>
              {scan.completed ? <DateTime value={scan.completed} timeZone={timeZone} /> : 'Still running'}
            </dd>
            <dt>Duration</dt>
            <dd>{scan.started && scan.completed ? duration(scan.started, scan.completed) : '—'}</dd>
            <dt>Scan ID</dt>
            <dd>
              <code>{scan.id}</code>
            </dd>
          </dl>
        ) : (
          <p className="muted">No scan: this entry is not a scan's usage.</p>
        )}
      </section>
      <section aria-label="Target">
        <h3 className="row-details__title">Target</h3>
        {target ? (
          <dl className="facts facts--compact">
            <dt>Name</dt>
            <dd>{target.name ?? '—'}</dd>
            <dt>URL</dt>
            <dd>{target.url ? <code>{target.url}</code> : '—'}</dd>
            <dt>Labels</dt>
            <dd>{target.labels.length ? target.labels.map((label) => label.name).join(', ') : 'None'}</dd>
            <dt>Scope</dt>
            <dd>{target.scope ?? '—'}</dd>
          </dl>
        ) : (
          <p className="muted">No target.</p>
        )}
      </section>
    </div>
  )
}
