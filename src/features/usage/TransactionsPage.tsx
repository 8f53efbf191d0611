import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useEffect } from 'react'
import { ApiError } from '../../api/errors'
import type { UsageOrdering } from '../../api/types'
import { useBackendInfo } from '../../api/use-backend-info'
import { usageQueries } from '../../api/usage'
import { ErrorPanel } from '../../components/ErrorPanel'
import { formatNumber } from '../../lib/format'
import { ExportButton } from './ExportButton'
import { activeChips, clearedFilters, FilterChips } from './FilterChips'
import type { SearchPatch } from './filter-fields'
import { Pagination } from './Pagination'
import { rangeOf, todayFor, withoutDefaults } from './search'
import { toTransactionQuery } from './transaction-query'
import { TransactionFilters } from './TransactionFilters'
import { TransactionsTable } from './TransactionsTable'
import { TransactionTotals } from './TransactionTotals'
import './transactions.css'
import './usage.css'

const route = getRouteApi('/app/usage')
const transactionsCsv = () => import('./transactions-csv').then((module) => module.transactionsToCsv)

/**
 * The usage page of a backend whose credits move by transactions without a running balance (Conviso's
 * debits and refunds): the same URL, filters that apply, totals, paging and CSV export. The API filters
 * nothing, so the filters run in the dashboard over every transaction it returns.
 */
export function TransactionsPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const queryClient = useQueryClient()
  const { name } = useBackendInfo()
  const today = todayFor(search)
  const query = toTransactionQuery(search, today)
  const list = useQuery({ ...usageQueries.list(query), placeholderData: keepPreviousData })
  const setSearch = useCallback(
    (patch: SearchPatch) =>
      void navigate({ search: (previous) => withoutDefaults({ ...previous, page: undefined, ...patch }) }),
    [navigate],
  )

  // A page past the end (after the filters shrank the list) goes to the last page there is.
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

  const chips = activeChips(
    { ...search, target: [], label: [], scope: undefined },
    { targets: [], labels: [], scopes: [] },
  )
  const { from, to } = rangeOf(search, today)
  const fileName = `credit-transactions_${from ?? 'start'}_to_${to ?? today}${search.tz === 'utc' ? '_utc' : ''}.csv`
  const data = list.data

  return (
    <div className="page usage-page">
      <header className="page-header page-header--split">
        <div>
          <h1>Credits usage</h1>
          <p className="muted">
            {data ? `${formatNumber(data.count)} transactions match` : 'Loading transactions…'} · {name} lists
            every debit and refund; the filters apply here, over all of them.
          </p>
        </div>
        <ExportButton query={query} fileName={fileName} loadCsv={transactionsCsv} />
      </header>
      <TransactionFilters search={search} today={today} onChange={setSearch} />
      <FilterChips chips={chips} onChange={setSearch} />
      <TransactionTotals query={query} />
      {list.error && !pastTheEnd && (
        <ErrorPanel error={list.error} what="the transactions" onRetry={() => void list.refetch()} />
      )}
      {data ? (
        data.entries.length === 0 ? (
          <p className="empty">
            No transactions match these filters.{' '}
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
            <TransactionsTable
              entries={data.entries}
              utc={search.tz === 'utc'}
              ordering={query.ordering ?? '-timestamp'}
              onOrderingChange={(ordering: UsageOrdering) => setSearch({ ordering })}
              updating={list.isPlaceholderData}
            />
            <Pagination
              page={data.page}
              pageCount={data.pageCount}
              pageSize={query.length ?? data.pageSize}
              count={data.count}
              onPageChange={(page) =>
                void navigate({ search: (previous) => withoutDefaults({ ...previous, page }) })
              }
              onPageSizeChange={(length) => setSearch({ length })}
            />
          </>
        )
      ) : list.isPending ? (
        <div className="table-skeleton" aria-busy="true" aria-label="Loading transactions" role="status" />
      ) : null}
    </div>
  )
}
