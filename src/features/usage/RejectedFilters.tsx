import { ValidationError } from '../../api/errors'
import { apiFieldToFilter, filterLabels, type SearchPatch } from './filter-fields'
import type { UsageSearch } from './search'

/** What to drop so a rejected filter goes away: the values the server named, else the whole filter. */
function removal(search: UsageSearch, key: keyof typeof filterLabels, messages: string[]): SearchPatch {
  if (key === 'operation' || key === 'target' || key === 'label') {
    const named = search[key].filter((value) => messages.some((message) => message.includes(value)))
    return { [key]: named.length ? search[key].filter((value) => !named.includes(value)) : [] }
  }
  return { [key]: undefined }
}

/** Filter values from the URL that the server refused (400), each removable in one click. */
export function RejectedFilters({
  error,
  search,
  onChange,
}: {
  error: unknown
  search: UsageSearch
  onChange: (patch: SearchPatch) => void
}) {
  if (!(error instanceof ValidationError)) return null
  const problems = Object.entries(error.fieldErrors).map(([field, messages]) => ({
    field,
    key: apiFieldToFilter[field],
    messages,
  }))
  return (
    <div className="notice notice--danger rejected-filters" role="alert">
      <p>
        <strong>The server did not accept these filters.</strong> {error.nonFieldErrors.join(' ')}
      </p>
      <ul>
        {problems.map(({ field, key, messages }) => (
          <li key={field}>
            {key ? filterLabels[key] : field}: {messages.join(' ')}{' '}
            {key && (
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange(removal(search, key, messages))}
              >
                Remove {filterLabels[key].toLowerCase()} filter
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
