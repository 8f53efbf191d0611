import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

export type Choice = { value: string; label: string; hint?: string }

type MultiSelectProps = {
  label: string
  choices: readonly Choice[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
  /** Offer a text box that narrows the choices (for long lists). */
  searchable?: boolean
  /** A line under the choices, e.g. where they come from. */
  footnote?: ReactNode
}

/**
 * A button that opens a panel of checkboxes. Escape or a click outside closes it and focus returns to
 * the button; every choice is a real checkbox, so it works with a keyboard and a screen reader as is.
 */
export function MultiSelect({ label, choices, selected, onChange, searchable, footnote }: MultiSelectProps) {
  const [open, setOpen] = useState(false)
  const [filter, setFilter] = useState('')
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', closeOutside)
    return () => document.removeEventListener('mousedown', closeOutside)
  }, [open])

  const needle = filter.trim().toLowerCase()
  const shown = needle ? choices.filter((choice) => choice.label.toLowerCase().includes(needle)) : choices
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value))

  return (
    <div
      className="multi-select"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          setOpen(false)
          buttonRef.current?.focus()
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button multi-select__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        {selected.length > 0 && <span className="multi-select__count">{selected.length}</span>}
        <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="multi-select__panel" hidden={!open}>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {searchable && (
            <input
              type="search"
              className="multi-select__filter"
              aria-label={`Find ${label.toLowerCase()}`}
              placeholder="Find…"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          )}
          {shown.length === 0 ? (
            <p className="muted multi-select__empty">
              {choices.length ? 'No match.' : 'Nothing to choose yet.'}
            </p>
          ) : (
            <ul className="multi-select__list">
              {shown.map((choice) => (
                <li key={choice.value}>
                  <label className="multi-select__choice">
                    <input
                      type="checkbox"
                      checked={selected.includes(choice.value)}
                      onChange={(event) => toggle(choice.value, event.target.checked)}
                    />
                    <span>
                      {choice.label}
                      {choice.hint && <span className="muted multi-select__hint"> {choice.hint}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {footnote && <p className="multi-select__footnote muted">{footnote}</p>}
        </fieldset>
      </div>
    </div>
  )
}
