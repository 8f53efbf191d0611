import type { UsageEntry, UsageOrdering } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatSignedCredits } from '../../lib/format'
import { creditTypeLabel, operationLabel } from '../../lib/labels'

type SortField = 'timestamp' | 'amount'

/** Newest first by default; another column sorts descending first, a second click ascending. */
function nextOrdering(current: UsageOrdering, field: SortField): UsageOrdering {
  return current === `-${field}` ? field : `-${field}`
}

function SortHeader({
  field,
  label,
  ordering,
  onChange,
  className,
}: {
  field: SortField
  label: string
  ordering: UsageOrdering
  onChange: (ordering: UsageOrdering) => void
  className?: string
}) {
  const direction = ordering === field ? 'ascending' : ordering === `-${field}` ? 'descending' : undefined
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <button type="button" className="sort-button" onClick={() => onChange(nextOrdering(ordering, field))}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}

/** Credit transactions: when, which credit, what happened, and how many credits moved. */
export function TransactionsTable({
  entries,
  utc,
  ordering,
  onOrderingChange,
  updating,
}: {
  entries: readonly UsageEntry[]
  utc: boolean
  ordering: UsageOrdering
  onOrderingChange: (ordering: UsageOrdering) => void
  updating: boolean
}) {
  return (
    <div className="table-wrap usage-table" aria-busy={updating}>
      <table className="table">
        <caption className="visually-hidden">Credit transactions{updating ? ' (updating)' : ''}</caption>
        <thead>
          <tr>
            <SortHeader field="timestamp" label="Date" ordering={ordering} onChange={onOrderingChange} />
            <th scope="col">Credit type</th>
            <th scope="col">Operation</th>
            <th scope="col">Description</th>
            <SortHeader
              field="amount"
              label="Credits"
              ordering={ordering}
              onChange={onOrderingChange}
              className="num"
            />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key}>
              <td className="nowrap">
                <DateTime value={entry.timestamp} timeZone={utc ? 'UTC' : undefined} />
              </td>
              <td>{entry.creditType ? creditTypeLabel(entry.creditType) : '—'}</td>
              <td>
                <span className={`operation operation--${entry.operation ?? 'unknown'}`}>
                  {operationLabel(entry.operation)}
                </span>
              </td>
              <td className="table__text">
                {entry.description ?? <span className="muted">No description</span>}
              </td>
              <td className="num">{formatSignedCredits(entry.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
