import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setConnection } from '../../api/connection'
import { documentedExample } from '../../api/neo/documented-example'
import { demoConnectionFor, setScenario, type Scenario } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

function renderNeo(path = '/', scenario: Scenario = 'healthy') {
  setScenario(scenario)
  setConnection(demoConnectionFor('neo', false))
  return renderApp(path, { connected: false })
}

const heading = () => screen.findByRole('heading', { level: 1, name: /^Subscription/ })

describe('overview on ProjectDiscovery Neo', () => {
  it('shows the status and what it means, the seats, the renewal and the next charge', async () => {
    renderNeo()
    expect(await heading()).toHaveAccessibleName('Subscription Active')
    expect(
      screen.getByText(
        '8 seats · 500 credits per member a month · billed every month · charged automatically',
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/renews automatically, charged to your default payment method/),
    ).toBeInTheDocument()
    expect(screen.getByText(/^Renews on/)).toHaveTextContent(/for \$392\.00$/)
    // Only the pages this API can serve are offered.
    const nav = screen.getByRole('navigation', { name: 'Primary' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview'])
    expect(screen.getByText('8 seats · Active')).toBeInTheDocument()
  })

  it('shows where the credits are and which run out first', async () => {
    renderNeo()
    const credits = await screen.findByRole('region', { name: 'Credits' })
    expect(within(credits).getByText(/credits available/).parentElement).toHaveTextContent(
      /^[\d,]+ credits available$/,
    )
    expect(within(credits).getByText(/Runs out first:/).parentElement).toHaveTextContent(
      /subscription credits, [\d,]+ left until they reset on/,
    )
    const [subscription, topUp] = within(credits).getAllByRole('listitem')
    expect(within(subscription!).getByRole('heading', { name: 'Subscription credits' })).toBeInTheDocument()
    expect(subscription).toHaveTextContent(/of 4,000 left/)
    expect(within(topUp!).getByRole('heading', { name: 'Top-up credits' })).toBeInTheDocument()
    expect(topUp).toHaveTextContent('1,350 of 2,000 left')
    expect(topUp).toHaveTextContent('In total: 5,000 bought · 3,650 used')
  })

  it('flags a card that expires soon, and the expired default card of a past-due subscription', async () => {
    renderNeo()
    const cards = await screen.findByRole('region', { name: 'Payment methods' })
    expect(within(cards).getByText('Expires soon')).toBeInTheDocument()
    expect(within(cards).getByText('Default')).toBeInTheDocument()
    cleanupAndRender('past-due')
    expect(await heading()).toHaveAccessibleName('Subscription Past due')
    expect(screen.getByText(/The last renewal charge failed/)).toBeInTheDocument()
    const pastDue = screen.getByRole('region', { name: 'Payment methods' })
    expect(within(pastDue).getByText('Expired')).toBeInTheDocument()
    expect(within(pastDue).getByText(/The default card has expired/)).toBeInTheDocument()
  })

  it('shows a scheduled change and the members who will lose their seat', async () => {
    renderNeo('/', 'pending-change')
    const change = await screen.findByRole('region', { name: /^Scheduled change on/ })
    expect(change).toHaveTextContent(
      'From then: 5 seats · 500 credits per member a month · billed every year.',
    )
    expect(
      within(change)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['sam.rivera@acme.example', 'noah.berg@acme.example', 'ivy.chen@acme.example'])
  })

  it('says so clearly when there is no subscription', async () => {
    renderNeo('/', 'no-subscription')
    expect(await heading()).toHaveAccessibleName('Subscription No subscription')
    expect(screen.getByText(/This account has no subscription/)).toBeInTheDocument()
    expect(screen.getByText(/No credits: there is no subscription grant/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Payment methods' })).not.toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('cancelling and incomplete say what happens next', async () => {
    renderNeo('/', 'cancelling')
    expect(await heading()).toHaveAccessibleName('Subscription Cancelling')
    expect(screen.getByText(/^Ends on/)).toHaveTextContent(/· no more charges$/)
    cleanupAndRender('incomplete')
    expect(await heading()).toHaveAccessibleName('Subscription Incomplete')
    expect(screen.getByText('Payment due: $147.00')).toBeInTheDocument()
    expect(
      screen.getByText(/300 credits this month are a bonus from the first-month discount/),
    ).toBeInTheDocument()
  })

  it('renders the example payload of the API document', async () => {
    server.use(http.get('*/api/v1/billing/subscription', () => HttpResponse.json(documentedExample)))
    renderNeo()
    expect(await heading()).toHaveAccessibleName('Subscription <string>')
    expect(
      screen.getByText('123 seats · 123 credits per member a month · billed every <string> · <string>'),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /^Scheduled change on/ })).toHaveTextContent('<string>')
    expect(screen.getByRole('row', { name: /<string>/ })).toBeInTheDocument()
    // Month 123 is no month: the card is shown as sent, and not flagged either way.
    const cards = screen.getByRole('region', { name: 'Payment methods' })
    expect(cards).toHaveTextContent('<string> •••• ending in <string>Expires 123/123Default')
    expect(within(cards).queryByText(/Expire/, { selector: '.badge' })).not.toBeInTheDocument()
  })

  it('a refused token goes to the connection screen with Neo still chosen', async () => {
    const { router } = renderNeo('/', 'expired-key')
    expect(await screen.findByText(/Your session ended: Token has expired/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/connect')
    expect(screen.getByLabelText('Billing API')).toHaveValue('neo')
  })
})

function cleanupAndRender(scenario: Scenario) {
  document.body.innerHTML = ''
  renderNeo('/', scenario)
}
