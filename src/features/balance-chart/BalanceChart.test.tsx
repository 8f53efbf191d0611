import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { fetchAllUsage } from '../../api/usage-all'
import { formatNumber, formatSignedCredits } from '../../lib/format'
import { setLatency } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

/** The range the chart asked for: its requests are the ones ordered oldest first. */
function recordChartRange() {
  const range: { startDt?: string; endDt?: string } = {}
  server.events.on('request:start', ({ request }) => {
    const params = new URL(request.url).searchParams
    if (params.get('ordering') !== 'timestamp') return
    range.startDt = params.get('start_dt') ?? undefined
    range.endDt = params.get('end_dt') ?? undefined
  })
  return range
}

afterEach(() => {
  server.events.removeAllListeners()
  setLatency(0)
})

const chart = () => screen.getByRole('region', { name: 'Balance' })
/** The chart's code loads lazily, after the page. */
const findChart = () => screen.findByRole('region', { name: 'Balance' }, { timeout: 5_000 })
const done = () => screen.findByText(/^From all [\d,]+ entr/, undefined, { timeout: 10_000 })

/** The value line of a fact in the summary: "Start" → "1,020". */
function fact(term: string): string {
  const summary = within(chart()).getByLabelText('Balance summary')
  const dt = within(summary).getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.querySelector('.balance-chart__fact-value')?.textContent ?? ''
}

describe('the balance chart on the usage page', () => {
  it('sums up every row of the page’s range, as the ledger and the totals say', async () => {
    const range = recordChartRange()
    renderApp('/usage')
    await done()
    const entries = await fetchAllUsage(range) // newest first
    const oldest = entries.at(-1)
    const newest = entries[0]
    if (!oldest || !newest) throw new Error('the default range has rows in the mock')
    const opening = oldest.balance - oldest.change
    const balances = entries.map((entry) => entry.balance)

    expect(screen.getByText(`From all ${formatNumber(entries.length)} entries in this range.`)).toBeVisible()
    expect(fact('Start')).toBe(formatNumber(opening))
    expect(fact('End')).toBe(formatNumber(newest.balance))
    expect(fact('Net change')).toBe(formatSignedCredits(newest.balance - opening))
    expect(fact('Lowest')).toBe(formatNumber(Math.min(...balances)))
    expect(fact('Highest')).toBe(formatNumber(Math.max(...balances)))
    expect(fact('Purchases')).toBe(
      formatNumber(entries.filter((entry) => entry.operation === 'purchased').length),
    )
    // With no other filter, the chart's net change is the totals' net.
    const totals = await screen.findByRole('region', { name: 'Totals for the filtered entries' })
    await waitFor(() =>
      expect(within(totals).getByText('Net').nextElementSibling).toHaveTextContent(
        formatSignedCredits(newest.balance - opening),
      ),
    )
    expect(within(chart()).getByText(/Follows the date range only/)).toBeVisible()
  })

  it('shows the points as a table, with every purchase, and hides it again', async () => {
    const range = recordChartRange()
    const { user } = renderApp('/usage')
    await done()
    const toggle = within(chart()).getByRole('button', { name: 'View as table' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const table = within(chart()).getByRole('table', { name: /^Balance (at|after)/ })
    const rows = within(table).getAllByRole('row').slice(1)
    const entries = await fetchAllUsage(range)
    const purchases = entries.filter((entry) => entry.operation === 'purchased').length
    expect(rows.filter((row) => within(row).queryByText('Purchased'))).toHaveLength(purchases)
    expect(within(rows.at(-1) as HTMLElement).getAllByRole('cell')[2]).toHaveTextContent(
      formatNumber(entries[0]?.balance ?? NaN),
    )
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(within(chart()).queryByRole('table')).not.toBeInTheDocument()
  })

  it('draws as pages arrive, and stops loading a range the page has left', async () => {
    setLatency([5, 15])
    const started: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      const params = new URL(request.url).searchParams
      if (params.get('ordering') === 'timestamp') started.push(params.get('start_dt'))
    })
    const { router } = renderApp('/usage?range=all')
    expect(await within(await findChart()).findByText(/^Loaded [\d,]+ of [\d,]+ entries$/)).toBeVisible()
    const allTime = started.length
    await router.navigate({ to: '/usage', search: { from: '2026-01-01', to: '2026-01-07' } })
    await done()
    expect(started.slice(allTime).filter((startDt) => startDt === null)).toEqual([])
    expect(started.slice(allTime).length).toBeGreaterThan(0)
  })

  it('says so when the range has no usage', async () => {
    renderApp('/usage?from=2001-01-01&to=2001-01-31')
    expect(await within(await findChart()).findByText(/No usage in this range/)).toBeVisible()
    expect(within(chart()).getByRole('button', { name: 'View as table' })).toBeDisabled()
  })

  it('says what the one row of a range was', async () => {
    const row = {
      timestamp: '2026-02-03T10:20:30Z',
      description: 'Only scan',
      amount: 4,
      balance: 96,
      on_hold: 0,
      operation: 'used',
    }
    server.use(
      http.get('*/account/credits/usage/', ({ request }) =>
        new URL(request.url).searchParams.get('ordering') === 'timestamp'
          ? HttpResponse.json({ count: 1, page_total: 1, page: 1, length: 100, results: [row] })
          : undefined,
      ),
    )
    renderApp('/usage')
    expect(await within(await findChart()).findByText(/One entry in this range/)).toHaveTextContent(
      /96 credits/,
    )
    expect(fact('Start')).toBe('100')
  })

  it('shows an error with Retry, and recovers', async () => {
    server.use(
      http.get('*/account/credits/usage/', ({ request }) =>
        new URL(request.url).searchParams.get('ordering') === 'timestamp'
          ? HttpResponse.json({ detail: 'The ledger is resting.' }, { status: 500 })
          : undefined,
      ),
    )
    const { user } = renderApp('/usage')
    const alert = await within(await findChart()).findByRole('alert', undefined, { timeout: 10_000 })
    expect(alert).toHaveTextContent(/Could not load the balance chart/)
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await done()
    expect(within(chart()).queryByRole('alert')).not.toBeInTheDocument()
  })
})
