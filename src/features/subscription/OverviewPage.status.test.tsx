import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { formatDate, formatUtc } from '../../lib/format'
import { setScenario } from '../../mocks/demo-state'
import { currentAccount } from '../../mocks/probely/ledger'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'
import { daysPhrase, daysUntil } from './subscription-status'

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

/** The value beside a term in a details card. */
const fact = (region: string, term: string) =>
  within(screen.getByRole('region', { name: region })).getByText(term, { selector: 'dt' }).nextElementSibling

describe('overview: the subscription by status', () => {
  it('active: plan, how it is charged, renewal date and amount, and the details', async () => {
    renderApp('/')
    await badge('Pro plan Active')
    expect(screen.getByText('Per unit · €499.00 per target every month · 5 targets')).toBeInTheDocument()
    const renewal = account().next_billing_at as string
    const next = screen.getByText(/^Renews on/)
    expect(next).toHaveTextContent(
      `Renews on ${formatDate(renewal)} (${daysPhrase(daysUntil(renewal))}) for €2,495.00`,
    )
    expect(within(next).getByText(formatDate(renewal))).toHaveAttribute('title', formatUtc(renewal))
    expect(screen.getByText(/renews automatically and is charged/)).toBeInTheDocument()

    const plan = screen.getByRole('region', { name: 'Plan' })
    expect(within(plan).getByRole('paragraph')).toHaveTextContent(/^Continuous scanning for growing teams/)
    expect(fact('Plan', 'Family')).toHaveTextContent('Pro')
    expect(fact('Plan', 'Charge model')).toHaveTextContent('Per unit')
    expect(fact('Plan', 'Price')).toHaveTextContent('€499.00 per target every month')
    expect(fact('Plan', 'Trial plan')).toHaveTextContent('No')
    expect(fact('Plan', 'Scan profiles')).toHaveTextContent('Lightning, Normal, Full, API')
    expect(within(plan).queryByText('Plan discount')).not.toBeInTheDocument()

    expect(fact('Billing details', 'Next billing date')).toHaveTextContent(formatDate(renewal))
    expect(fact('Billing details', 'Next billing amount')).toHaveTextContent('€2,495.00')
    expect(fact('Billing details', 'Plan amount')).toHaveTextContent('€2,495.00')
    expect(fact('Billing details', 'Auto-collection')).toHaveTextContent('On · charged automatically')
    expect(fact('Billing details', 'Account balance')).toHaveTextContent('€125.00')
    expect(screen.queryByText('Billed through')).not.toBeInTheDocument()

    expect(fact('Capacity', 'Subscribed targets')).toHaveTextContent('5')
    expect(fact('Capacity', 'Pool size')).toHaveTextContent('8')
    expect(fact('Capacity', 'Free slots for unlimited-scan targets')).toHaveTextContent('2')
  })

  it('trial: days left in the badge, when the trial ends and what is charged then', async () => {
    setScenario('trial')
    renderApp('/')
    const trialEnd = account('trial').trial_end as string
    const days = daysUntil(trialEnd)
    await badge(`Pro plan Trial · ${days} days left`)
    expect(screen.getByText(/^Trial ends/)).toHaveTextContent(
      `Trial ends in ${days} days, on ${formatDate(trialEnd)} · then €2,495.00`,
    )
    expect(fact('Plan', 'Trial plan')).toHaveTextContent('Yes')
    expect(await screen.findAllByRole('button', { name: /^Buy / })).toHaveLength(3)
  })

  it('non-renewing: the date access ends, that nothing more is charged, and auto-collection off', async () => {
    setScenario('non-renewing')
    renderApp('/')
    await badge('Pro plan Ending')
    const end = account('non-renewing').next_billing_at as string
    expect(screen.getByText(/^Ends on/)).toHaveTextContent(
      `Ends on ${formatDate(end)} (${daysPhrase(daysUntil(end))}) · no more charges`,
    )
    expect(screen.getByText(/will not renew/)).toBeInTheDocument()
    expect(fact('Billing details', 'Next billing date')).toHaveTextContent(
      `None · access ends ${formatDate(end)}`,
    )
    expect(fact('Billing details', 'Next billing amount')).toHaveTextContent('None')
    expect(fact('Billing details', 'Auto-collection')).toHaveTextContent('Off · invoiced, paid manually')
  })

  it('cancelled: no upcoming charge, no billing period, and no way to buy credits', async () => {
    setScenario('cancelled')
    renderApp('/')
    await badge('Pro plan Cancelled')
    expect(screen.getByText('No upcoming charges')).toBeInTheDocument()
    expect(screen.getByText(/has ended and is no longer billed/)).toBeInTheDocument()
    expect(within(card('Used this period')).getByText(/no billing period running/)).toBeInTheDocument()
    const buy = screen.getByRole('region', { name: 'Buy credits' })
    expect(within(buy).getByText(/cannot be bought on a cancelled subscription/)).toBeInTheDocument()
    expect(within(buy).queryByRole('button')).not.toBeInTheDocument()
    expect(fact('Billing details', 'Next billing date')).toHaveTextContent('None')
    expect(fact('Billing details', 'Next billing amount')).toHaveTextContent('None')
    expect(fact('Capacity', 'Free slots for unlimited-scan targets')).toHaveTextContent('0')
  })

  it('future: says it has not started and when it starts', async () => {
    serveAccount({ ...account(), status: 'future' })
    renderApp('/')
    await badge('Pro plan Starts soon')
    const start = account().next_billing_at as string
    expect(screen.getByText(/^Starts on/)).toHaveTextContent(
      `Starts on ${formatDate(start)} (${daysPhrase(daysUntil(start))}) · first charge €2,495.00`,
    )
    expect(screen.getByText(/has not started yet/)).toBeInTheDocument()
  })

  it('an unknown status is shown as it came, not as an error', async () => {
    serveAccount({ ...account(), status: 'paused_for_review' })
    renderApp('/')
    await badge('Pro plan Paused for review')
    expect(screen.getByText(/reports the status “paused_for_review”/)).toBeInTheDocument()
    expect(screen.getByText(/^Next billing on/)).toHaveTextContent('for €2,495.00')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('a Heroku account on a discounted two-weekly plan: flagged, with the discount and the balance in its own currency', async () => {
    const base = account()
    serveAccount({
      ...base,
      heroku: true,
      balance: 4250,
      balance_currency_code: 'USD',
      available_slots: null,
      plan: {
        ...base.plan,
        family: 'enterprise_tier',
        is_trial: true,
        charge_model: 'flat_fee',
        period: 2,
        period_unit: 'week',
        discount: 10,
        savings: 5000,
        allowed_builtin_scan_profiles: ['lightning_api', 'full'],
      },
    })
    renderApp('/')
    await badge('Pro plan Active')
    expect(
      screen.getByText('Flat fee · €499.00 every 2 weeks · −10% · save €50.00 · 5 targets'),
    ).toBeInTheDocument()
    expect(screen.getByText(/This account is billed through Heroku\./)).toBeInTheDocument()
    expect(fact('Plan', 'Family')).toHaveTextContent('Enterprise tier')
    expect(fact('Plan', 'Price')).toHaveTextContent('€499.00 every 2 weeks')
    expect(fact('Plan', 'Plan discount')).toHaveTextContent('−10% · save €50.00')
    expect(fact('Plan', 'Trial plan')).toHaveTextContent('Yes')
    expect(fact('Plan', 'Scan profiles')).toHaveTextContent('Lightning API, Full')
    expect(fact('Billing details', 'Billed through')).toHaveTextContent('Heroku')
    expect(fact('Billing details', 'Account balance')).toHaveTextContent('$42.50')
    expect(fact('Capacity', 'Free slots for unlimited-scan targets')).toHaveTextContent('Not applicable')
  })
})
