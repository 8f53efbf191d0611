import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

/** Older servers leave out fields the docs mark required; the page says "—" or leaves the block out. */
// The route loads the page lazily; load it once up front so no test waits on a cold import.
beforeAll(() => import('./OverviewPage'))

describe('overview on an older server', () => {
  it('renders with only a status, showing "—" for what is missing and no plan card', async () => {
    server.use(http.get('*/account/', () => HttpResponse.json({ status: 'active' })))
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'No plan Active' })).toBeInTheDocument()
    expect(screen.getByText('Next billing date: —')).toBeInTheDocument()
    const details = screen.getByRole('region', { name: 'Billing details' })
    expect(within(details).getAllByText('—')).toHaveLength(5)
    expect(within(details).queryByText('Billed through')).not.toBeInTheDocument()
    const capacity = screen.getByRole('region', { name: 'Capacity' })
    expect(within(capacity).getAllByText('—')).toHaveLength(3)
    expect(screen.queryByRole('region', { name: 'Plan' })).not.toBeInTheDocument()
    const buy = screen.getByRole('region', { name: 'Buy credits' })
    expect(within(buy).getByText('Your plan has no credit packs to buy.')).toBeInTheDocument()
    expect(screen.getByText('No low-balance warning')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it("renders a plan without price, cycle, packs or dates, and '' for enums, currencies and text", async () => {
    server.use(
      http.get('*/account/', () =>
        HttpResponse.json({
          status: '',
          plan: {
            id: 'legacy',
            name: 'Legacy',
            currency_code: '',
            family: '',
            description: '',
            charge_model: '',
            period_unit: '',
            discount: 0,
            savings: 0,
          },
          next_billing_at: null,
          trial_end: null,
          balance: 500,
          balance_currency_code: '',
          available_slots: null,
        }),
      ),
    )
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Legacy plan Unknown' })).toBeInTheDocument()
    expect(screen.getByText('Next billing date: —')).toBeInTheDocument()
    const plan = screen.getByRole('region', { name: 'Plan' })
    // Family, charge model, price, trial plan and scan profiles; no description, no discount line.
    expect(within(plan).getAllByText('—')).toHaveLength(5)
    expect(within(plan).queryByText('Plan discount')).not.toBeInTheDocument()
    expect(within(plan).queryByRole('paragraph')).not.toBeInTheDocument()
    const details = screen.getByRole('region', { name: 'Billing details' })
    expect(within(details).getByText('5.00')).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'Capacity' })).getByText('Not applicable'),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('article', { name: 'Used this period' })).getByText(/no billing period/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('an empty ledger reads as no activity yet', async () => {
    server.use(
      http.get('*/account/credits/usage/', () =>
        HttpResponse.json({ count: 0, page_total: 1, page: 1, length: 1, results: [] }),
      ),
    )
    renderApp('/')
    const credits = await screen.findByRole('article', { name: 'Credits' })
    expect(await within(credits).findByText('No credit activity yet.')).toBeInTheDocument()
  })

  it('a failing subscription shows one error with Retry, and the blocks that need it say so quietly', async () => {
    server.use(
      http.get('*/account/', () =>
        HttpResponse.json({ detail: 'You do not have permission.' }, { status: 403 }),
      ),
    )
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Subscription' })).toBeInTheDocument()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.getByRole('alert')).toHaveTextContent('You do not have permission.')
    expect(screen.getAllByText('Not available: the subscription did not load.')).toHaveLength(2)
  })
})
