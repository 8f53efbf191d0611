import { useEffect, useState } from 'react'

const SEARCH_DEBOUNCE_MS = 300

type SearchBoxProps = { id: string; label: string; value: string; onChange: (value: string) => void }

/** Free text, sent once typing pauses; the URL stays the truth (back/forward update the box). */
export function SearchBox({ id, label, value, onChange }: SearchBoxProps) {
  const [draft, setDraft] = useState(value)
  const [synced, setSynced] = useState(value)
  if (value !== synced) {
    setSynced(value)
    setDraft(value)
  }
  useEffect(() => {
    if (draft.trim() === value) return
    const timer = setTimeout(() => onChange(draft), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value, onChange])
  return (
    <span className="usage-filters__field usage-filters__search">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={`${label}…`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
    </span>
  )
}
