import { screen, waitFor, within } from '@testing-library/react'
import { getConnection, setConnection } from '../api/connection'
import { demoConnectionFor } from '../mocks/demo-state'
import { server } from '../mocks/node'
import { renderApp } from '../test/render'

/** The auth headers of the requests the app sent, by path. */
function recordAuth() {
  const seen: { path: string; authorization: string | null; apiKey: string | null }[] = []
  server.events.on('request:start', ({ request }) => {
    seen.push({
      path: new URL(request.url).pathname,
      authorization: request.headers.get('Authorization'),
      apiKey: request.headers.get('x-api-key'),
    })
  })
  return seen
}

afterEach(() => server.events.removeAllListeners())

describe('choosing a backend on the connection screen', () => {
  it('connects to Neo with a bearer token, checked with its subscription, and shows its overview', async () => {
    const requests = recordAuth()
    const { user, router } = renderApp('/', { connected: false })
    await user.selectOptions(await screen.findByLabelText('Billing API'), 'ProjectDiscovery Neo')
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(
      /Sent as Authorization: Bearer <token>/,
    )
    expect(screen.getByLabelText('API URL')).toHaveAttribute(
      'placeholder',
      'https://neo.api.projectdiscovery.io',
    )
    await user.type(screen.getByLabelText('API URL'), '/demo-api')
    await user.type(screen.getByLabelText('API key'), 'demo-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('heading', { level: 1, name: /^Subscription/ })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
    expect(getConnection()).toMatchObject({ backend: 'neo', apiUrl: '/demo-api' })
    expect(requests[0]).toEqual({
      path: '/demo-api/api/v1/billing/subscription',
      authorization: 'Bearer demo-key',
      apiKey: null,
    })
  })

  it('asks Conviso for the company, sends x-api-key, and says why a company is refused', async () => {
    const requests = recordAuth()
    const { user } = renderApp('/', { connected: false })
    await user.selectOptions(await screen.findByLabelText('Billing API'), 'conviso')
    await user.type(screen.getByLabelText('API URL'), '/demo-api')
    await user.type(screen.getByLabelText('API key'), 'demo-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByLabelText('Company ID')).toHaveAccessibleDescription(
      /Enter the Conviso Platform company ID/,
    )
    expect(requests).toEqual([])

    await user.type(screen.getByLabelText('Company ID'), '7')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not allowed. Scope - Resource not accessible for id: 7',
    )
    expect(requests[0]).toMatchObject({ path: '/demo-api/graphql', apiKey: 'demo-key', authorization: null })
    expect(getConnection()).toBeNull()

    await user.clear(screen.getByLabelText('Company ID'))
    await user.type(screen.getByLabelText('Company ID'), '1042')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Execution credits' })).toBeInTheDocument()
    expect(getConnection()).toMatchObject({ backend: 'conviso', companyId: '1042' })
  })

  it('a connection stored before there were backends is a Probely connection', () => {
    setConnection({ apiUrl: '/demo-api', apiKey: 'demo-key', demo: false })
    expect(getConnection()?.backend).toBe('probely')
  })
})

describe('pages a backend cannot serve', () => {
  it('a deep link to auto top-up on Neo explains why it is not there, and asks nothing of the API', async () => {
    const requests = recordAuth()
    setConnection(demoConnectionFor('neo', false))
    renderApp('/settings/top-up', { connected: false })
    expect(await screen.findByRole('heading', { level: 1, name: 'Auto top-up' })).toBeInTheDocument()
    expect(screen.getByText(/Not available with ProjectDiscovery Neo\./).parentElement).toHaveTextContent(
      'has no automatic top-up settings, so this page is left out of the navigation',
    )
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/')
    await waitFor(() =>
      expect(requests.some(({ path }) => path.includes('/billing/subscription'))).toBe(true),
    )
    expect(requests.every(({ path }) => !path.includes('top-up'))).toBe(true)
  })

  it('usage on Neo points to the credits by member on the overview', async () => {
    setConnection(demoConnectionFor('neo', false))
    const { user, router } = renderApp('/usage', { connected: false })
    expect(await screen.findByRole('heading', { level: 1, name: 'Credit usage' })).toBeInTheDocument()
    expect(screen.getByText(/credits each member used this month are on the overview/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }))
    expect(await screen.findByRole('table', { name: /Credits each member used/ })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
  })

  it('auto top-up on Conviso is explained too; Probely keeps every page', async () => {
    setConnection(demoConnectionFor('conviso', false))
    renderApp('/settings/top-up', { connected: false })
    expect(await screen.findByText(/Not available with Conviso Platform\./)).toBeInTheDocument()
    document.body.innerHTML = ''
    setConnection(demoConnectionFor('probely', false))
    renderApp('/', { connected: false })
    const nav = await screen.findByRole('navigation', { name: 'Primary' })
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Overview', 'Usage', 'Auto top-up'])
    expect(await screen.findByRole('heading', { level: 1, name: /Pro plan/ })).toBeInTheDocument()
  })
})
