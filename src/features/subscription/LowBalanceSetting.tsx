import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Skeleton } from '../../components/Skeleton'
import { formatCredits } from '../../lib/format'
import { MAX_THRESHOLD, parseThreshold, writeThreshold } from './low-balance-threshold'
import { useLowBalanceThreshold } from './useLowBalance'

/** "Warn me below 100 credits · Change": the low-balance level, edited in place. */
export function LowBalanceSetting() {
  const { threshold, isPending } = useLowBalanceThreshold()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const changeRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const inputId = useId()

  useEffect(() => {
    if (draft === null && returnFocus.current) {
      returnFocus.current = false
      changeRef.current?.focus()
    }
  }, [draft])

  const close = () => {
    returnFocus.current = true
    setDraft(null)
    setError(null)
  }

  const save = (event: FormEvent) => {
    event.preventDefault()
    const value = parseThreshold(draft ?? '')
    if (value === null) {
      setError(`Enter a whole number of credits from 0 to ${MAX_THRESHOLD.toLocaleString()}.`)
      return
    }
    writeThreshold(value)
    setSaved(true)
    close()
  }

  if (draft !== null) {
    return (
      <form className="threshold-form" onSubmit={save} noValidate>
        <label htmlFor={inputId}>Warn me when available credits fall below</label>
        <div className="threshold-form__row">
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={draft}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') close()
            }}
          />
          <button type="submit" className="button button--small button--primary">
            Save
          </button>
          <button type="button" className="button button--small" onClick={close}>
            Cancel
          </button>
        </div>
        <p id={`${inputId}-hint`} className={error ? 'field__error' : 'field__hint'}>
          {error ?? '0 turns the warning off. Saved in this browser only.'}
        </p>
      </form>
    )
  }

  return (
    <div className="threshold">
      {isPending ? (
        <Skeleton width="13.5rem" height="1.5rem" />
      ) : (
        <span className="muted">
          {threshold ? `Warn me below ${formatCredits(threshold)}` : 'No low-balance warning'}
        </span>
      )}
      <button
        ref={changeRef}
        type="button"
        className="button button--small"
        aria-label="Change low-balance warning"
        onClick={() => {
          setSaved(false)
          setDraft(String(threshold ?? 0))
        }}
      >
        Change
      </button>
      <span role="status" className="visually-hidden">
        {saved ? 'Low-balance warning saved.' : ''}
      </span>
    </div>
  )
}
