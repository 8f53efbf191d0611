import type { Choice } from '../../components/MultiSelect'
import { operationLabel } from '../../lib/labels'
import type { FilterChoices } from './choices'
import { filterLabels, type FilterKey, type SearchPatch } from './filter-fields'
import type { UsageSearch } from './search'

type Chip = { key: FilterKey; value: string; text: string; patch: SearchPatch }

function nameOf(choices: readonly Choice[], value: string) {
  return choices.find((choice) => choice.value === value)?.label ?? value
}

/** Every active filter as a removable chip. */
export function activeChips(search: UsageSearch, choices: FilterChoices): Chip[] {
  const chips: Chip[] = []
  const fromList = (key: 'operation' | 'target' | 'label', name: (value: string) => string) => {
    for (const value of search[key]) {
      chips.push({
        key,
        value,
        text: name(value),
        patch: { [key]: search[key].filter((item) => item !== value) },
      })
    }
  }
  fromList('operation', operationLabel)
  fromList('target', (value) => nameOf(choices.targets, value))
  fromList('label', (value) => value)
  if (search.scope)
    chips.push({ key: 'scope', value: search.scope, text: search.scope, patch: { scope: undefined } })
  if (search.q) chips.push({ key: 'q', value: search.q, text: `“${search.q}”`, patch: { q: undefined } })
  return chips
}

export const clearedFilters: SearchPatch = {
  operation: [],
  target: [],
  label: [],
  scope: undefined,
  q: undefined,
}

export function FilterChips({ chips, onChange }: { chips: Chip[]; onChange: (patch: SearchPatch) => void }) {
  if (chips.length === 0) return null
  return (
    <ul className="chips" aria-label="Active filters">
      {chips.map(({ key, value, text, patch }) => (
        <li key={`${key}:${value}`}>
          <button
            type="button"
            className="chip"
            onClick={() => onChange(patch)}
            aria-label={`Remove filter ${filterLabels[key]}: ${text}`}
          >
            <span className="muted">{filterLabels[key]}:</span> {text} <span aria-hidden="true">✕</span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="button button--small button--link"
          onClick={() => onChange(clearedFilters)}
        >
          Clear all
        </button>
      </li>
    </ul>
  )
}
