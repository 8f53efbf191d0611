import type { ColumnVisibilityState } from '@tanstack/react-table'
import { MultiSelect } from '../../components/MultiSelect'
import { usageColumns } from './columns'
import type { TablePreferences } from './preferences'

const hideable = usageColumns
  .filter((column) => column.enableHiding !== false)
  .map((column) => {
    const id = 'accessorKey' in column ? String(column.accessorKey) : String(column.id)
    return { value: id, label: String(column.header) }
  })

type TableSettingsProps = {
  preferences: TablePreferences
  onChange: (patch: Partial<TablePreferences>) => void
}

/** Which columns show, and how dense the rows are. */
export function TableSettings({ preferences, onChange }: TableSettingsProps) {
  const visible = hideable
    .filter(({ value }) => preferences.columnVisibility[value] !== false)
    .map(({ value }) => value)
  const setVisible = (values: string[]) => {
    const columnVisibility: ColumnVisibilityState = {}
    for (const { value } of hideable) columnVisibility[value] = values.includes(value)
    onChange({ columnVisibility })
  }
  return (
    <div className="table-settings">
      <MultiSelect label="Columns" choices={hideable} selected={visible} onChange={setVisible} />
      <fieldset className="segmented">
        <legend className="visually-hidden">Row density</legend>
        {(['comfortable', 'compact'] as const).map((density) => (
          <label key={density}>
            <input
              type="radio"
              name="density"
              value={density}
              checked={preferences.density === density}
              onChange={() => onChange({ density })}
            />
            {density === 'compact' ? 'Compact' : 'Comfortable'}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
