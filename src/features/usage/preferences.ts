import type { ColumnVisibilityState } from '@tanstack/react-table'
import { useCallback, useRef, useState } from 'react'

/**
 * How the table looks (density, hidden columns) is a preference of this browser, not part of the view a
 * link shares, so it lives in localStorage rather than the URL.
 */
export type TablePreferences = { density: 'compact' | 'comfortable'; columnVisibility: ColumnVisibilityState }

const KEY = 'billing:usage-table'
const defaults: TablePreferences = {
  density: 'comfortable',
  columnVisibility: { onHold: false, fullBalance: false },
}

function read(): TablePreferences {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<TablePreferences> | null
    return {
      density: stored?.density === 'compact' ? 'compact' : 'comfortable',
      columnVisibility:
        stored?.columnVisibility && typeof stored.columnVisibility === 'object'
          ? stored.columnVisibility
          : defaults.columnVisibility,
    }
  } catch {
    return defaults
  }
}

export function useTablePreferences() {
  const [preferences, setPreferences] = useState(read)
  const latest = useRef(preferences)
  // Stable across renders, so the memoised table does not re-render when the page does.
  const update = useCallback((patch: Partial<TablePreferences>) => {
    const next = { ...latest.current, ...patch }
    latest.current = next
    setPreferences(next)
    try {
      localStorage.setItem(KEY, JSON.stringify(next))
    } catch {
      // Storage full or blocked: the preference lasts for this visit only.
    }
  }, [])
  return [preferences, update] as const
}
