import { useId, useState } from 'react'
import { MultiSelect } from '../../components/MultiSelect'
import type { Period } from '../../lib/billing-period'
import type { Day } from '../../lib/days'
import { operationLabel } from '../../lib/labels'
import type { FilterChoices } from './choices'
import type { SearchPatch } from './filter-fields'
import { activePreset, presetRange, rangePresets, type RangePreset } from './ranges'
import type { UsageSearch } from './search'
import { SearchBox } from './SearchBox'

const operations = ['used', 'purchased', 'earned', 'expired'].map((value) => ({
  value,
  label: operationLabel(value),
}))

type UsageFiltersProps = {
  search: UsageSearch
  today: Day
  period: Period | null
  choices: FilterChoices
  choicesNote: string
  onChange: (patch: SearchPatch) => void
}

export function UsageFilters({ search, today, period, choices, choicesNote, onChange }: UsageFiltersProps) {
  const ids = { range: useId(), from: useId(), to: useId(), scope: useId(), q: useId(), tz: useId() }
  const preset = activePreset(search, today, period)
  const [customOpen, setCustomOpen] = useState(false)
  const showCustom = customOpen || preset === 'custom'

  const choosePreset = (value: RangePreset) => {
    setCustomOpen(value === 'custom')
    const range = presetRange(value, today, period, search.tz === 'utc')
    if (range) onChange(range)
  }

  return (
    <div className="usage-filters" role="group" aria-label="Filters">
      <span className="usage-filters__field">
        <label htmlFor={ids.range}>Period</label>
        <select
          id={ids.range}
          value={showCustom ? 'custom' : preset}
          onChange={(e) => choosePreset(e.target.value as RangePreset)}
        >
          {rangePresets.map(({ id, label }) => (
            <option key={id} value={id} disabled={id === 'current-period' && !period}>
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
      <MultiSelect
        label="Target"
        searchable
        choices={choices.targets}
        selected={search.target}
        onChange={(target) => onChange({ target })}
        footnote={choicesNote}
      />
      <MultiSelect
        label="Label"
        choices={choices.labels}
        selected={search.label}
        onChange={(label) => onChange({ label })}
        footnote={choicesNote}
      />
      <span className="usage-filters__field">
        <label htmlFor={ids.scope}>Scope</label>
        <select
          id={ids.scope}
          value={search.scope ?? ''}
          onChange={(e) => onChange({ scope: e.target.value || undefined })}
        >
          <option value="">All scopes</option>
          {choices.scopes.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </span>
      <SearchBox
        id={ids.q}
        label="Search descriptions and targets"
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
