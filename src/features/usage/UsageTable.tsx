import { useTable, type ColumnVisibilityState, type Row } from '@tanstack/react-table'
import { memo, useMemo } from 'react'
import type { UsageEntry, UsageOrdering } from '../../api/types'
import {
  cellContent,
  columnLayout,
  EXPAND_COLUMN_REM,
  numericColumns,
  sortFields,
  tableFeaturesUsed,
  usageColumns,
  type UsageColumnId,
} from './columns'
import { RowDetails } from './RowDetails'

type UsageTableProps = {
  entries: UsageEntry[]
  utc: boolean
  ordering: UsageOrdering
  onOrderingChange: (ordering: UsageOrdering) => void
  columnVisibility: ColumnVisibilityState
  onColumnVisibilityChange: (visibility: ColumnVisibilityState) => void
  density: 'compact' | 'comfortable'
  updating: boolean
}

/** Newest first is the default; a click on another column sorts it descending, a second click ascending. */
function nextOrdering(current: UsageOrdering, field: 'timestamp' | 'amount' | 'balance'): UsageOrdering {
  return current === `-${field}` ? field : `-${field}`
}

const cellClass = (columnId: string) => (numericColumns.has(columnId) ? 'num' : undefined)
const entryKey = (entry: UsageEntry) => entry.key
const canExpand = () => true

/**
 * Memoised: the page re-renders for every query it holds (totals, the chart, filter choices), and the
 * table only needs to when its own props change.
 */
export const UsageTable = memo(function UsageTable(props: UsageTableProps) {
  const {
    entries,
    utc,
    ordering,
    onOrderingChange,
    columnVisibility,
    onColumnVisibilityChange,
    density,
    updating,
  } = props
  const table = useTable({
    features: tableFeaturesUsed,
    columns: usageColumns,
    data: entries,
    getRowId: entryKey,
    getRowCanExpand: canExpand,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) =>
      onColumnVisibilityChange(typeof updater === 'function' ? updater(columnVisibility) : updater),
  })
  const visibleKey = table
    .getVisibleLeafColumns()
    .map((column) => column.id)
    .join(',')
  // One array per set of visible columns, so rows can skip re-rendering while it stays the same.
  const columnIds = useMemo(() => visibleKey.split(',') as UsageColumnId[], [visibleKey])
  const layout = useMemo(() => columnLayout(columnIds), [columnIds])
  const timeZone = utc ? 'UTC' : undefined

  return (
    <div className="table-wrap usage-table" data-density={density} aria-busy={updating}>
      <table className="table usage-table__table" style={{ minWidth: `${layout.minWidthRem}rem` }}>
        <caption className="visually-hidden">Credit usage entries{updating ? ' (updating)' : ''}</caption>
        <colgroup>
          <col style={{ width: `${EXPAND_COLUMN_REM}rem` }} />
          {columnIds.map((id, index) => {
            const width = layout.widths[index]
            return <col key={id} style={width === undefined ? undefined : { width: `${width}rem` }} />
          })}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
              {group.headers.map((header) => {
                const field = sortFields[header.column.id]
                const direction =
                  field &&
                  (ordering === field ? 'ascending' : ordering === `-${field}` ? 'descending' : undefined)
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction}
                    className={cellClass(header.column.id)}
                  >
                    {field ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => onOrderingChange(nextOrdering(ordering, field))}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-button__icon">
                          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row, index) => (
            // Keyed by position, not by entry: the next page reuses the rows already on screen and
            // only changes their text, instead of removing 100 rows and building 100 new ones.
            <UsageRow
              key={index}
              row={row}
              expanded={row.getIsExpanded()}
              columnIds={columnIds}
              timeZone={timeZone}
              detailsId={`details-${index}`}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
})

type UsageRowProps = {
  row: Row<typeof tableFeaturesUsed, UsageEntry>
  expanded: boolean
  columnIds: readonly UsageColumnId[]
  timeZone: 'UTC' | undefined
  detailsId: string
}

/**
 * One entry, and its details when expanded. Memoised: marking the table busy, or expanding another
 * row, does not re-render it, and neither does a new page that has the same entry in this place (a
 * filter that leaves the newest rows as they were). Each cell's content sits in a `.usage-cell`, which
 * the browser may skip laying out and painting while it is off screen (`content-visibility: auto`,
 * see usage.css).
 */
const UsageRow = memo(function UsageRow({ row, expanded, columnIds, timeZone, detailsId }: UsageRowProps) {
  const entry = row.original
  return (
    <>
      <tr className={expanded ? 'usage-table__row is-expanded' : 'usage-table__row'}>
        <td>
          <div className="usage-cell">
            <button
              type="button"
              className="expand-button"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId : undefined}
              aria-label={`${expanded ? 'Hide' : 'Show'} details`}
              onClick={() => row.toggleExpanded()}
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
            </button>
          </div>
        </td>
        {columnIds.map((id) => (
          <td key={id} className={cellClass(id)}>
            <div className="usage-cell">{cellContent[id](entry, timeZone)}</div>
          </td>
        ))}
      </tr>
      {expanded && (
        <tr id={detailsId} className="usage-table__details">
          <td colSpan={columnIds.length + 1}>
            <RowDetails entry={entry} timeZone={timeZone} />
          </td>
        </tr>
      )}
    </>
  )
}, sameRow)

/** The entries of two pages are new objects even where equal: compare what they hold. */
function sameRow(previous: UsageRowProps, next: UsageRowProps): boolean {
  return (
    previous.expanded === next.expanded &&
    previous.columnIds === next.columnIds &&
    previous.timeZone === next.timeZone &&
    previous.detailsId === next.detailsId &&
    (previous.row === next.row || sameData(previous.row.original, next.row.original))
  )
}

/** Equality of plain data (objects, arrays, values), stopping at the first difference. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const keys = Object.keys(a)
  if (Array.isArray(a) !== Array.isArray(b) || keys.length !== Object.keys(b).length) return false
  return keys.every((key) => sameData(a[key as keyof typeof a], b[key as keyof typeof b]))
}
