import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { formatDate } from '../../lib/format'
import { setScenario } from '../../mocks/demo-state'
import { currentAccount } from '../../mocks/probely/ledger'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

const heading = () => screen.findByRole('heading', { level: 1, name: /plan/ })
const badge = async (name: string | RegExp) => expect(await heading()).toHaveAccessibleName(name)
const card = (name: string) => screen.getByRole('article', { name })
const account = (scenario: Parameters<typeof currentAccount>[0] = 'healthy') =>
  currentAccount(scenario, new Date())

/** Serves this body for GET /account/ instead of the scenario's. */
function serveAccount(body: Record<string, unknown>) {
  server.use(http.get('*/account/', () => HttpResponse.json(body)))
}

// The route loads the page lazily; load it once up front so no test waits on a cold import.
beforeAll(() => import('./OverviewPage'))

describe('overview: the subscription by status', () => {
  it('active: plan, how it is charged, renewal date and amount, and the details', async () => {
    renderApp('/')
    await badge('Pro plan Active')
    expect(screen.getByText('Per unit · €499.00 per target every month · 5 targets')).toBeInTheDocument()
    const renewal = account().next_billing_at as string
    expect(screen.getByText(/^Renews/)).toHaveTextContent(`Renews ${formatDate(renewal)}`)
    expect(screen.getByText(/^Renews/)).toHaveTextContent('€2,495.00')
    const details = screen.getByRole('region', { name: 'Billing details' })
    expect(within(details).getByText('Charged automatically')).toBeInTheDocument()
    expect(within(details).getByText('€125.00')).toBeInTheDocument()
    const capacity = screen.getByRole('region', { name: 'Capacity' })
    expect(within(capacity).getByText('Lightning, Normal, Full, API')).toBeInTheDocument()
  })

  it('trial: days left in the badge, when the trial ends and what is charged then', async () => {
    setScenario('trial')
    renderApp('/')
    await badge('Pro plan Trial · 12 days left')
    const trialEnd = account('trial').trial_end as string
    expect(screen.getByText(/^Trial ends/)).toHaveTextContent(`Trial ends ${formatDate(trialEnd)}`)
    expect(screen.getByText(/^Trial ends/)).toHaveTextContent('then €2,495.00')
    expect(await screen.findAllByRole('button', { name: /^Buy / })).toHaveLength(3)
  })

  it('non-renewing: the date access ends and that nothing more is charged', async () => {
    setScenario('non-renewing')
    renderApp('/')
    await badge('Pro plan Ending')
    const end = account('non-renewing').next_billing_at as string
    expect(screen.getByText(/^Ends/)).toHaveTextContent(`Ends ${formatDate(end)}`)
    expect(screen.getByText(/^Ends/)).toHaveTextContent('nothing more to pay')
    expect(screen.getByText(/will not renew/)).toBeInTheDocument()
  })

  it('cancelled: no upcoming charge, no billing period, and no way to buy credits', async () => {
    setScenario('cancelled')
    renderApp('/')
    await badge('Pro plan Cancelled')
    expect(screen.getByText('No upcoming charges')).toBeInTheDocument()
    expect(within(card('Used this period')).getByText(/no billing period running/)).toBeInTheDocument()
    const buy = screen.getByRole('region', { name: 'Buy credits' })
    expect(within(buy).getByText(/cannot be bought on a cancelled subscription/)).toBeInTheDocument()
    expect(within(buy).queryByRole('button')).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'Billing details' })).getByText('None'),
    ).toBeInTheDocument()
  })

  it('future: says it has not started and when it starts', async () => {
    serveAccount({ ...account(), status: 'future' })
    renderApp('/')
    await badge('Pro plan Starts soon')
    const start = account().next_billing_at as string
    expect(screen.getByText(/^Starts/, { selector: 'p' })).toHaveTextContent(`Starts ${formatDate(start)}`)
    expect(screen.getByText(/has not started yet/)).toBeInTheDocument()
  })

  it('an unknown status is shown as it came, not as an error', async () => {
    serveAccount({ ...account(), status: 'paused_for_review' })
    renderApp('/')
    await badge('Pro plan Paused for review')
    expect(screen.getByText(/reports the status “paused_for_review”/)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('overview: credits and usage', () => {
  it('shows the balance, on hold and total, and credits used this period and the last, linked to the ledger', async () => {
    renderApp('/')
    await heading()
    const credits = card('Credits')
    expect(await within(credits).findByText(/^[\d,]+ on hold · [\d,]+ in total$/)).toBeInTheDocument()
    expect(within(credits).getByText('credits available')).toBeInTheDocument()
    const period = card('Used this period')
    expect(await within(period).findByText(/^Last period: [\d,]+ credits$/)).toBeInTheDocument()
    const link = within(period).getByRole('link', { name: 'View this period' })
    const params = new URL(link.getAttribute('href') ?? '', 'http://x').searchParams
    expect(link.getAttribute('href')).toMatch(/^\/usage\?/)
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(params.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(params.get('operation')).toBe('used')
    expect(within(period).getByRole('link', { name: 'View last period' })).toHaveAttribute(
      'href',
      expect.stringMatching(/operation=used/),
    )
  })

  it('auto top-up: says when it buys and which pack, with a link to change it', async () => {
    renderApp('/')
    await heading()
    const topUp = card('Auto top-up')
    expect(await within(topUp).findByText('when the balance runs out')).toBeInTheDocument()
    expect(within(topUp).getByText('500 credits · €450.00')).toBeInTheDocument()
    expect(within(topUp).getByRole('link', { name: 'Change auto top-up' })).toHaveAttribute(
      'href',
      '/settings/top-up',
    )
  })

  it('a failing usage request shows its own error; the rest of the page still loads', async () => {
    server.use(
      http.get('*/account/credits/usage/', () =>
        HttpResponse.json({ detail: 'Ledger unavailable.' }, { status: 500 }),
      ),
    )
    renderApp('/')
    expect(await heading()).toHaveTextContent('Pro plan')
    expect(await within(card('Credits')).findByRole('alert')).toHaveTextContent('Ledger unavailable.')
    expect(screen.getAllByRole('button', { name: /^Buy / })).toHaveLength(3)
  })
})
