import { useId, type InputHTMLAttributes } from 'react'

type SwitchFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string
  hint: string
  error: string | undefined
}

/** A native checkbox with the switch role: on/off, said by position and by the screen reader's "on"/"off". */
export function SwitchField({ label, hint, error, ...input }: SwitchFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="top-up-switch">
      <input
        {...input}
        id={id}
        type="checkbox"
        role="switch"
        className="top-up-switch__control"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
      />
      <div className="top-up-switch__text">
        <label htmlFor={id}>{label}</label>
        <p id={hintId} className="field__hint">
          {hint}
        </p>
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}
