import {
  columnVisibilityFeature,
  createColumnHelper,
  rowExpandingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { UsageEntry } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatNumber, formatSignedCredits } from '../../lib/format'
import { operationLabel, scanStatusLabel } from '../../lib/labels'

/** Defined once at module level: a new array each render would rebuild the table's models. */
export const tableFeaturesUsed = tableFeatures({ columnVisibilityFeature, rowExpandingFeature })
const column = createColumnHelper<typeof tableFeaturesUsed, UsageEntry>()

/** Columns the server can sort by, and the `ordering` field each one sends (DRF syntax). */
export const sortFields: Record<string, 'timestamp' | 'amount' | 'balance'> = {
  timestamp: 'timestamp',
  change: 'amount',
  balance: 'balance',
}

export const numericColumns = new Set(['change', 'balance', 'onHold', 'fullBalance'])

/**
 * The table's columns: their headers and which may be hidden. The table state (visibility, expanded
 * rows) lives in TanStack Table; the cells render through `cellContent`, plain functions of the entry.
 */
export const usageColumns = column.columns([
  column.accessor('timestamp', { header: 'Date', enableHiding: false }),
  column.accessor('operation', { header: 'Operation' }),
  column.accessor('description', { header: 'Description' }),
  column.accessor('change', { header: 'Credits', enableHiding: false }),
  column.accessor('balance', { header: 'Balance' }),
  column.accessor('onHold', { header: 'On hold' }),
  column.accessor('fullBalance', { header: 'Full balance' }),
  column.accessor('scan', { header: 'Scan' }),
  column.accessor('target', { header: 'Target' }),
])

export type UsageColumnId =
  | 'timestamp'
  | 'operation'
  | 'description'
  | 'change'
  | 'balance'
  | 'onHold'
  | 'fullBalance'
  | 'scan'
  | 'target'

type CellContent = (entry: UsageEntry, timeZone: 'UTC' | undefined) => ReactNode

/**
 * What each column's cell shows. Plain functions rather than TanStack cell definitions: a page of 100
 * rows renders 900 cells, and building a cell object and a FlexRender component for each one was a
 * large part of showing a new page.
 */
export const cellContent: Record<UsageColumnId, CellContent> = {
  timestamp: (entry, timeZone) => <DateTime value={entry.timestamp} timeZone={timeZone} />,
  operation: ({ operation }) => (
    <span className={`operation operation--${operation ?? 'unknown'}`}>{operationLabel(operation)}</span>
  ),
  // Rendered as text: React escapes it, so markup in a description never runs.
  description: ({ description }) => description ?? <span className="muted">No description</span>,
  change: ({ change }) => formatSignedCredits(change),
  balance: ({ balance }) => formatNumber(balance),
  onHold: ({ onHold }) => formatNumber(onHold),
  fullBalance: ({ fullBalance }) => formatNumber(fullBalance),
  scan: ({ scan }) =>
    scan ? `${scanStatusLabel(scan.status)}${scan.profile ? ` · ${scan.profile}` : ''}` : '—',
  target: ({ target }) => {
    if (!target) return '—'
    return (
      <>
        {target.name ?? target.id}
        {target.host && target.host !== target.name && <span className="muted">{` ${target.host}`}</span>}
      </>
    )
  },
}

/**
 * Column widths in rem. The table is laid out with `table-layout: fixed`, so the browser takes the widths
 * from here instead of measuring every cell of every row (and a new page does not move the columns).
 * They fit the longest usual content (an en-US date and time, "Purchased", a sort button's label);
 * longer text wraps inside its column.
 */
export const EXPAND_COLUMN_REM = 3.25
const columnRem: Record<UsageColumnId, number> = {
  timestamp: 12.25,
  operation: 7,
  description: 14.5,
  change: 6.5,
  balance: 6.75,
  onHold: 6,
  fullBalance: 7,
  scan: 7.5,
  target: 14,
}

/** Which column takes the width the others leave: the description, else the first text column shown. */
const flexibleColumns: UsageColumnId[] = ['description', 'target', 'scan', 'operation', 'timestamp']

/**
 * Each shown column's width in rem (undefined for the one that takes the rest, whose width here is its
 * minimum), and the narrowest the table may get: below that it scrolls sideways.
 */
export function columnLayout(columnIds: readonly UsageColumnId[]) {
  const flexible = flexibleColumns.find((id) => columnIds.includes(id))
  return {
    widths: columnIds.map((id) => (id === flexible ? undefined : columnRem[id])),
    minWidthRem: columnIds.reduce((sum, id) => sum + columnRem[id], EXPAND_COLUMN_REM),
  }
}
