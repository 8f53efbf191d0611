import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo, type ReactNode } from 'react'
import { accountQueries } from '../../api/account'
import { ApiError, ValidationError } from '../../api/errors'
import type { UsageOrdering } from '../../api/types'
import { RECENT_ROWS, usageQueries } from '../../api/usage'
import { ErrorPanel } from '../../components/ErrorPanel'
import { billingPeriods } from '../../lib/billing-period'
import { formatNumber } from '../../lib/format'
import { collectChoices } from './choices'
import { ExportButton } from './ExportButton'
import { activeChips, clearedFilters, FilterChips } from './FilterChips'
import type { SearchPatch } from './filter-fields'
import { Pagination } from './Pagination'
import { useTablePreferences, type TablePreferences } from './preferences'
import { RejectedFilters } from './RejectedFilters'
import { rangeOf, todayFor, toUsageQuery, withoutDefaults } from './search'
import { TableSettings } from './TableSettings'
import './usage.css'
import { UsageFilters } from './UsageFilters'
import { UsageTable } from './UsageTable'
import { UsageTotals } from './UsageTotals'
import { useZoom, type ChartSlotProps } from './zoom'

const route = getRouteApi('/app/usage')
const noEntries: never[] = []

export function UsagePage({ renderChart }: { renderChart?: (props: ChartSlotProps) => ReactNode }) {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const today = todayFor(search)
  const query = toUsageQuery(search, today)
  const list = useQuery({ ...usageQueries.list(query), placeholderData: keepPreviousData })
  const recent = useQuery(usageQueries.recent({ startDt: query.startDt, endDt: query.endDt }))
  const subscription = useQuery(accountQueries.subscription())
  const period = subscription.data ? (billingPeriods(subscription.data)?.current ?? null) : null
  const [preferences, setPreferences] = useTablePreferences()
  const { onZoom, onResetZoom } = useZoom(search)

  /** Any filter or sort change goes back to page 1; only paging keeps the page. */
  const setSearch = useCallback(
    (patch: SearchPatch) =>
      void navigate({ search: (previous) => withoutDefaults({ ...previous, page: undefined, ...patch }) }),
    [navigate],
  )
  const setPage = (page: number) =>
    void navigate({ search: (previous) => withoutDefaults({ ...previous, page }) })

  // A page past the end (404 "Invalid page.") recovers to the last page that exists.
  const pastTheEnd = list.error instanceof ApiError && list.error.kind === 'not_found'
  useEffect(() => {
    if (!pastTheEnd || query.page === 1) return
    void queryClient.fetchQuery(usageQueries.list({ ...query, page: 1 })).then((first) =>
      navigate({
        search: (previous) => withoutDefaults({ ...previous, page: first.pageCount }),
        replace: true,
      }),
    )
  }, [pastTheEnd, query, queryClient, navigate])

  // The same element while the range is the same: the chart does not re-render for the table's queries.
  const { startDt, endDt } = query
  const utc = search.tz === 'utc'
  const chart = useMemo(
    () => renderChart?.({ startDt, endDt, utc, onZoom, onResetZoom }),
    [renderChart, startDt, endDt, utc, onZoom, onResetZoom],
  )
  // The table's props stay the same while nothing they show changes: the table is memoised.
  const setOrdering = useCallback((ordering: UsageOrdering) => setSearch({ ordering }), [setSearch])
  const setColumnVisibility = useCallback(
    (columnVisibility: TablePreferences['columnVisibility']) => setPreferences({ columnVisibility }),
    [setPreferences],
  )
  const { target: chosenTargets, label: chosenLabels, scope: chosenScope } = search
  const choices = useMemo(
    () =>
      collectChoices(recent.data ?? noEntries, {
        target: chosenTargets,
        label: chosenLabels,
        scope: chosenScope,
      }),
    [recent.data, chosenTargets, chosenLabels, chosenScope],
  )
  const chips = activeChips(search, choices)
  const { from, to } = rangeOf(search, today)
  const fileName = `credits-usage_${from ?? 'start'}_to_${to ?? today}${search.tz === 'utc' ? '_utc' : ''}.csv`
  const data = list.data

  return (
    <div className="page usage-page">
      <header className="page-header page-header--split">
        <div>
          <h1>Credits usage</h1>
          <p className="muted">{data ? `${formatNumber(data.count)} entries match` : 'Loading entries…'}</p>
        </div>
        <ExportButton query={query} fileName={fileName} />
      </header>
      <UsageFilters
        search={search}
        today={today}
        period={period}
        choices={choices}
        choicesNote={`Choices come from the ${formatNumber(RECENT_ROWS)} most recent entries in this period; the API has no list of them.`}
        onChange={setSearch}
      />
      <FilterChips chips={chips} onChange={setSearch} />
      {chart}
      <UsageTotals query={query} />
      <RejectedFilters error={list.error} search={search} onChange={setSearch} />
      {list.error && !(list.error instanceof ValidationError) && !pastTheEnd && (
        <ErrorPanel error={list.error} what="credit usage" onRetry={() => void list.refetch()} />
      )}
      <div className="usage-toolbar">
        <TableSettings preferences={preferences} onChange={setPreferences} />
        <p role="status" className="muted usage-toolbar__status">
          {list.isFetching && data ? 'Updating…' : ''}
        </p>
      </div>
      {data ? (
        data.entries.length === 0 ? (
          <p className="empty">
            No credit usage matches these filters.{' '}
            {chips.length > 0 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setSearch(clearedFilters)}
              >
                Clear filters
              </button>
            )}
          </p>
        ) : (
          <>
            <UsageTable
              entries={data.entries}
              utc={utc}
              ordering={query.ordering ?? '-timestamp'}
              onOrderingChange={setOrdering}
              columnVisibility={preferences.columnVisibility}
              onColumnVisibilityChange={setColumnVisibility}
              density={preferences.density}
              updating={list.isPlaceholderData}
            />
            <Pagination
              page={data.page}
              pageCount={data.pageCount}
              pageSize={query.length ?? data.pageSize}
              count={data.count}
              onPageChange={setPage}
              onPageSizeChange={(length) => setSearch({ length })}
            />
          </>
        )
      ) : list.isPending ? (
        <div className="table-skeleton" aria-busy="true" aria-label="Loading usage" role="status" />
      ) : null}
    </div>
  )
}
