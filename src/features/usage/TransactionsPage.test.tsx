import { screen, waitFor, within } from '@testing-library/react'
import { setConnection } from '../../api/connection'
import { demoConnectionFor, setScenario, type Scenario } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

function renderTransactions(path = '/usage', scenario: Scenario = 'healthy') {
  setScenario(scenario)
  setConnection(demoConnectionFor('conviso', false))
  return renderApp(path, { connected: false })
}

const table = () => screen.findByRole('table', { name: /Credit transactions/ })
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1)
const column = (element: HTMLElement, index: number) =>
  bodyRows(element).map((row) => within(row).getAllByRole('cell')[index]?.textContent)

afterEach(() => {
  server.events.removeAllListeners()
  vi.unstubAllGlobals()
})

describe('usage on Conviso Platform: the credit transactions', () => {
  it('lists the newest transactions of the last 90 days with date, credit type, operation and credits', async () => {
    renderTransactions()
    const rows = bodyRows(await table())
    expect(rows).toHaveLength(25)
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      expect.stringMatching(/\d/),
      expect.stringMatching(/^(AI Pentest|DAST)$/),
      expect.stringMatching(/^(Used|Refunded)$/),
      expect.stringMatching(/(AI pentest|DAST scan) of [a-z-]+\.acme\.example/),
      expect.stringMatching(/^[−+]\d+$/),
    ])
    expect(
      screen.getByText(
        /transactions match · Conviso Platform lists every debit and refund; the filters apply here/,
      ),
    ).toBeInTheDocument()
    // Only the filters a transaction can match: no target, label or scope.
    const filters = screen.getByRole('group', { name: 'Filters' })
    expect(within(filters).getByRole('button', { name: 'Operation' })).toBeInTheDocument()
    expect(within(filters).queryByRole('button', { name: 'Target' })).not.toBeInTheDocument()
    expect(within(filters).queryByLabelText('Scope')).not.toBeInTheDocument()
    expect(within(filters).queryByRole('option', { name: 'Current billing period' })).not.toBeInTheDocument()
  })

  it('adds up used, refunded and net credits for each credit type apart', async () => {
    renderTransactions('/usage?range=all')
    const totals = await screen.findByRole('region', { name: 'Totals for the filtered transactions' })
    const rows = await within(totals).findAllByRole('row')
    expect(rows.map((row) => (row as HTMLTableRowElement).cells[0]?.textContent)).toEqual([
      'Credit type',
      'AI Pentest',
      'DAST',
    ])
    for (const row of rows.slice(1)) {
      const [used, refunded, net] = within(row)
        .getAllByRole('cell')
        .map((cell) => Number(cell.textContent.replace(/[^\d]/g, '')))
      expect(net).toBe(used! - refunded!)
    }
  })

  it('filters by operation (refunds) with a removable chip', async () => {
    const { user, router } = renderTransactions('/usage?range=all')
    await table()
    await user.click(screen.getByRole('button', { name: 'Operation' }))
    await user.click(screen.getByRole('checkbox', { name: 'Refunded' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?range=all&operation=refunded'))
    await waitFor(async () => expect(new Set(column(await table(), 2))).toEqual(new Set(['Refunded'])))
    for (const credits of column(await table(), 4)) expect(credits).toMatch(/^\+\d+$/)
    await user.click(screen.getByRole('button', { name: 'Remove filter Operation: Refunded' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?range=all'))
  })

  it('finds a credit type by name, as the overview links to it, and sorts by credits', async () => {
    const { user, router } = renderTransactions('/usage?q=AI+Pentest&range=all')
    await waitFor(async () => expect(new Set(column(await table(), 1))).toEqual(new Set(['AI Pentest'])))
    await user.click(screen.getByRole('button', { name: /Credits/ }))
    await waitFor(() => expect(router.state.location.search).toMatchObject({ ordering: '-amount' }))
    await waitFor(async () => {
      const credits = column(await table(), 4).map((text) => Number(text!.replace('−', '-')))
      expect(credits).toEqual([...credits].sort((a, b) => b - a))
    })
  })

  it('pages through every transaction and asks the API once for all of them', async () => {
    let requests = 0
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/graphql')) requests += 1
    })
    const { user } = renderTransactions('/usage?range=all&length=10')
    await table()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText(/^11–20 of/)).toBeInTheDocument()
    expect(requests).toBe(1)
  })

  it('exports the filtered transactions as CSV with their own columns', async () => {
    let saved: Blob | undefined
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => ((saved = blob), 'blob:x'),
        revokeObjectURL: () => undefined,
      }),
    )
    const { user } = renderTransactions('/usage?operation=refunded&range=all')
    await table()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(
      await screen.findByText(
        /^Exported \d+ entries to credit-transactions_start_to_\d{4}-\d{2}-\d{2}\.csv\.$/,
      ),
    ).toBeInTheDocument()
    const [header, ...lines] = (await saved!.text()).replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toBe('timestamp_utc,credit_type,operation,description,credits,id')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines)
      expect(line).toMatch(
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z,(AI_PENTEST|DAST),refunded,Refund: .+,\d+,50[12]:\d+$/,
      )
  })
})
