import { useId } from 'react'
import { backendIds, backends } from '../api/backends'
import type { BackendId } from '../api/types'

/** Which billing API the URL and key belong to: it decides how the key is sent and what is asked. */
export function BackendField({
  value,
  onChange,
}: {
  value: BackendId
  onChange: (value: BackendId) => void
}) {
  const id = useId()
  const hintId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>Billing API</label>
      <select
        id={id}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value as BackendId)}
      >
        {backendIds.map((backend) => (
          <option key={backend} value={backend}>
            {backends[backend].name}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        The product whose billing you want to see.
      </p>
    </div>
  )
}

/** Conviso scopes every query to a company; its id is in the platform's addresses (/scopes/1042/…). */
export function CompanyField({
  value,
  error,
  onChange,
}: {
  value: string
  error: string | null
  onChange: (value: string) => void
}) {
  const id = useId()
  const hintId = useId()
  const errorId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>Company ID</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
      />
      <p id={hintId} className="field__hint">
        The company (scope) whose credits to show.
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  )
}
