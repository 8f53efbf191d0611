import { useTable, type ColumnVisibilityState } from '@tanstack/react-table'
import { Fragment } from 'react'
import type { UsageEntry, UsageOrdering } from '../../api/types'
import { columnsByZone, numericColumns, sortFields, tableFeaturesUsed } from './columns'
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

function cellClass(columnId: string): string | undefined {
  if (numericColumns.has(columnId)) return 'num'
  if (columnId === 'description') return 'table__text'
  return columnId === 'timestamp' ? 'nowrap' : undefined
}

export function UsageTable(props: UsageTableProps) {
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
    columns: utc ? columnsByZone.utc : columnsByZone.local,
    data: entries,
    getRowId: (entry) => entry.key,
    getRowCanExpand: () => true,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) =>
      onColumnVisibilityChange(typeof updater === 'function' ? updater(columnVisibility) : updater),
  })
  const visibleCount = table.getVisibleLeafColumns().length + 1
  const timeZone = utc ? 'UTC' : undefined

  return (
    <div className="table-wrap usage-table" data-density={density} aria-busy={updating}>
      <table className="table">
        <caption className="visually-hidden">Credit usage entries{updating ? ' (updating)' : ''}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="usage-table__expand">
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
                    className={numericColumns.has(header.column.id) ? 'num' : undefined}
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
          {table.getRowModel().rows.map((row) => {
            const expanded = row.getIsExpanded()
            const detailsId = `details-${row.index}`
            return (
              <Fragment key={row.id}>
                <tr className={expanded ? 'is-expanded' : undefined}>
                  <td className="usage-table__expand">
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
                  </td>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cellClass(cell.column.id)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
                {expanded && (
                  <tr id={detailsId} className="usage-table__details">
                    <td colSpan={visibleCount}>
                      <RowDetails entry={row.original} timeZone={timeZone} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
