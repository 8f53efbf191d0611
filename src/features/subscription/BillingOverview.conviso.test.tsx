import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setConnection } from '../../api/connection'
import { demoConnectionFor, setScenario, type Scenario } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

function renderConviso(path = '/', scenario: Scenario = 'healthy') {
  setScenario(scenario)
  setConnection(demoConnectionFor('conviso', false))
  return renderApp(path, { connected: false })
}

const card = (name: string) => screen.findByRole('heading', { level: 2, name }).then((h) => h.closest('li')!)

describe('overview on Conviso Platform', () => {
  it('shows each credit type on its own: left of the total, used this period and the renewal cycle', async () => {
    renderConviso()
    expect(await screen.findByRole('heading', { level: 1, name: 'Execution credits' })).toBeInTheDocument()
    const ai = await card('AI Pentest')
    expect(ai).toHaveTextContent(/^AI Pentest\d+ of 20 left/)
    expect(ai).toHaveTextContent(/\d+ credits? used this period · Renews every month/)
    expect(within(ai).getByRole('link', { name: 'AI Pentest transactions' })).toHaveAttribute(
      'href',
      '/usage?q=AI+Pentest&range=all',
    )
    expect(await card('DAST')).toHaveTextContent(/of 600 left/)
    // No subscription, no auto top-up: the navigation offers the overview and the transactions only.
    const nav = screen.getByRole('navigation', { name: 'Primary' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Usage'])
    expect(screen.getByText('Conviso Platform', { selector: '.account-summary' })).toBeInTheDocument()
  })

  it('marks a type whose credits are nearly or wholly used', async () => {
    renderConviso('/', 'low-balance')
    expect(await card('AI Pentest')).toHaveTextContent('1 of 20 left')
    expect(within(await card('AI Pentest')).getByText('Near limit')).toBeInTheDocument()
    expect(within(await card('DAST')).getByText('Limit reached')).toBeInTheDocument()
  })

  it('shows a credit type the API adds later by its name', async () => {
    server.use(
      http.post('*/graphql', () =>
        HttpResponse.json({
          data: {
            aiPentest: {
              id: '9',
              creditType: 'MOBILE_PENTEST',
              credits: 5,
              usedCredits: 0,
              rollupType: 'WEEKLY',
            },
            dast: null,
          },
        }),
      ),
    )
    renderConviso()
    expect(await card('MOBILE PENTEST')).toHaveTextContent('5 of 5 left')
    expect(await card('MOBILE PENTEST')).toHaveTextContent('Renews every week')
    expect(screen.queryByRole('heading', { name: 'DAST' })).not.toBeInTheDocument()
  })

  it('says when the company has no execution credits', async () => {
    renderConviso('/', 'no-credits')
    expect(await screen.findByText('This company has no execution credits.')).toBeInTheDocument()
  })

  it('a GraphQL error in a 200 answer is told like an HTTP error, with Retry when it may pass', async () => {
    renderConviso('/', 'server-errors')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the credits: the server had a problem')
    expect(alert).toHaveTextContent('Internal server error.')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('an unauthenticated answer goes to the connection screen, keeping the company', async () => {
    const { router } = renderConviso('/', 'expired-key')
    expect(await screen.findByText(/Your session ended: API key has expired/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/connect')
    expect(screen.getByLabelText('Billing API')).toHaveValue('conviso')
    expect(screen.getByLabelText('Company ID')).toHaveValue('1042')
  })
})
