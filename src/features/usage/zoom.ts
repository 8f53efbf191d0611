import { useLocation, useNavigate } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import type { Day } from '../../lib/days'
import { withoutDefaults, type UsageSearch } from './search'

type RangeFields = Pick<UsageSearch, 'from' | 'to' | 'range'>

declare module '@tanstack/history' {
  interface HistoryState {
    /** The range before the chart was zoomed, so "Reset zoom" can return to it (kept with the history entry). */
    usageZoomBase?: RangeFields
  }
}

/** What a chart on the usage page is given: the page's range, and the way to zoom it. */
export type ChartSlotProps = {
  startDt: string | undefined
  endDt: string | undefined
  utc: boolean
  onZoom: (from: Day, to: Day) => void
  onResetZoom: (() => void) | null
}

/**
 * Zooming sets the page's date range (and so the URL and the table) as a new history entry that
 * remembers the range it came from.
 */
export function useZoom(search: UsageSearch) {
  const navigate = useNavigate({ from: '/usage' })
  const base = useLocation({ select: (location) => location.state.usageZoomBase })
  const { from, to, range } = search
  // Stable while the range is: the page memoises the chart's element on them.
  const onZoom = useCallback(
    (zoomFrom: Day, zoomTo: Day) =>
      void navigate({
        search: (previous) =>
          withoutDefaults({ ...previous, from: zoomFrom, to: zoomTo, range: undefined, page: undefined }),
        state: { usageZoomBase: base ?? { from, to, range } },
      }),
    [navigate, base, from, to, range],
  )
  const onResetZoom = useMemo(
    () =>
      base
        ? () =>
            void navigate({
              search: (previous) => withoutDefaults({ ...previous, ...base, page: undefined }),
              state: {},
            })
        : null,
    [navigate, base],
  )
  return { onZoom, onResetZoom }
}
