import {
  columnVisibilityFeature,
  createColumnHelper,
  rowExpandingFeature,
  tableFeatures,
} from '@tanstack/react-table'
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

export type TimeZoneChoice = { timeZone?: 'UTC' }

function usageColumns({ timeZone }: TimeZoneChoice) {
  return column.columns([
    column.accessor('timestamp', {
      header: 'Date',
      enableHiding: false,
      cell: (info) => <DateTime value={info.getValue()} timeZone={timeZone} />,
    }),
    column.accessor('operation', {
      header: 'Operation',
      cell: (info) => (
        <span className={`operation operation--${info.getValue() ?? 'unknown'}`}>
          {operationLabel(info.getValue())}
        </span>
      ),
    }),
    column.accessor('description', {
      header: 'Description',
      // Rendered as text: React escapes it, so markup in a description never runs.
      cell: (info) => info.getValue() ?? <span className="muted">No description</span>,
    }),
    column.accessor('change', {
      header: 'Credits',
      enableHiding: false,
      cell: (info) => formatSignedCredits(info.getValue()),
    }),
    column.accessor('balance', { header: 'Balance', cell: (info) => formatNumber(info.getValue()) }),
    column.accessor('onHold', { header: 'On hold', cell: (info) => formatNumber(info.getValue()) }),
    column.accessor('fullBalance', {
      header: 'Full balance',
      cell: (info) => formatNumber(info.getValue()),
    }),
    column.accessor('scan', {
      header: 'Scan',
      cell: (info) => {
        const scan = info.getValue()
        return scan ? `${scanStatusLabel(scan.status)}${scan.profile ? ` · ${scan.profile}` : ''}` : '—'
      },
    }),
    column.accessor('target', {
      header: 'Target',
      cell: (info) => {
        const target = info.getValue()
        if (!target) return '—'
        return (
          <>
            {target.name ?? target.id}
            {target.host && target.host !== target.name && <span className="muted"> {target.host}</span>}
          </>
        )
      },
    }),
  ])
}

export const columnsByZone = { local: usageColumns({}), utc: usageColumns({ timeZone: 'UTC' }) }
