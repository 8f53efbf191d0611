import { useId, useState } from 'react'
import { MultiSelect } from '../../components/MultiSelect'
import type { Day } from '../../lib/days'
import { operationLabel } from '../../lib/labels'
import type { SearchPatch } from './filter-fields'
import { activePreset, presetRange, rangePresets, type RangePreset } from './ranges'
import type { UsageSearch } from './search'
import { SearchBox } from './SearchBox'

/** What a credit transaction can be; the ledger's purchases, grants and expiries do not occur. */
const operations = ['used', 'refunded'].map((value) => ({ value, label: operationLabel(value) }))
/** Without a subscription there is no billing period to pick. */
const presets = rangePresets.filter(({ id }) => id !== 'current-period')

/**
 * The usage page's filters that make sense for transactions: period, operation, search and the time
 * zone. Targets, labels and scopes do not exist on a transaction, so they are not offered.
 */
export function TransactionFilters({
  search,
  today,
  onChange,
}: {
  search: UsageSearch
  today: Day
  onChange: (patch: SearchPatch) => void
}) {
  const ids = { range: useId(), from: useId(), to: useId(), q: useId(), tz: useId() }
  const preset = activePreset(search, today, null)
  const [customOpen, setCustomOpen] = useState(false)
  const showCustom = customOpen || preset === 'custom'
  const choose = (value: RangePreset) => {
    setCustomOpen(value === 'custom')
    const range = presetRange(value, today, null, search.tz === 'utc')
    if (range) onChange(range)
  }
  return (
    <div className="usage-filters" role="group" aria-label="Filters">
      <span className="usage-filters__field">
        <label htmlFor={ids.range}>Period</label>
        <select
          id={ids.range}
          value={showCustom ? 'custom' : preset}
          onChange={(e) => choose(e.target.value as RangePreset)}
        >
          {presets.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </span>
      {showCustom && (
        <>
          <span className="usage-filters__field">
            <label htmlFor={ids.from}>From</label>
            <input
              id={ids.from}
              type="date"
              value={search.from ?? ''}
              max={search.to ?? today}
              onChange={(e) => onChange({ from: e.target.value || undefined, range: undefined })}
            />
          </span>
          <span className="usage-filters__field">
            <label htmlFor={ids.to}>To</label>
            <input
              id={ids.to}
              type="date"
              value={search.to ?? ''}
              min={search.from}
              onChange={(e) => onChange({ to: e.target.value || undefined, range: undefined })}
            />
          </span>
        </>
      )}
      <MultiSelect
        label="Operation"
        choices={operations}
        selected={search.operation}
        onChange={(operation) => onChange({ operation })}
      />
      <SearchBox
        id={ids.q}
        label="Search descriptions and credit types"
        value={search.q ?? ''}
        onChange={(q) => onChange({ q: q.trim() || undefined })}
      />
      <span className="usage-filters__field usage-filters__switch">
        <input
          id={ids.tz}
          type="checkbox"
          role="switch"
          checked={search.tz === 'utc'}
          onChange={(e) => onChange({ tz: e.target.checked ? 'utc' : undefined })}
        />
        <label htmlFor={ids.tz}>UTC</label>
      </span>
    </div>
  )
}
