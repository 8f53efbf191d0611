import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getConnection } from '../api/connection'
import { setScenario } from '../mocks/demo-state'
import { server } from '../mocks/node'
import { renderApp } from '../test/render'

describe('app shell', () => {
  it('shows the overview with the account plan in the header and navigates between pages', async () => {
    const { user, router } = renderApp('/')
    const nav = await screen.findByRole('navigation', { name: 'Primary' })
    expect(await screen.findByRole('heading', { level: 1, name: /Pro/ })).toBeInTheDocument()
    await user.click(within(nav).getByRole('link', { name: 'Usage' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Credits usage' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/usage')
    expect(within(nav).getByRole('link', { name: 'Usage' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(nav).getByRole('link', { name: 'Auto top-up' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Auto top-up' })).toBeInTheDocument()
  })

  it('sends a visitor without a connection to the connection screen, then back where they were going', async () => {
    const { user, router } = renderApp('/usage', { connected: false })
    await user.type(await screen.findByLabelText('API URL'), '/demo-api')
    await user.type(screen.getByLabelText('API key'), 'demo-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Credits usage' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/usage')
  })

  it('checks the key before going on and says why it was refused', async () => {
    const { user, router } = renderApp('/', { connected: false })
    await user.type(await screen.findByLabelText('API URL'), '/demo-api')
    await user.type(screen.getByLabelText('API key'), 'not-the-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid token.')
    expect(router.state.location.pathname).toBe('/connect')
    expect(getConnection()).toBeNull()
  })

  it('refuses a remote API over plain http before sending the key', async () => {
    const { user } = renderApp('/', { connected: false })
    await user.type(await screen.findByLabelText('API URL'), 'http://api.example.com')
    await user.type(screen.getByLabelText('API key'), 'secret')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByLabelText('API URL')).toHaveAccessibleDescription(/Use https:\/\//)
  })

  it('goes to the connection screen once when every request answers 401, and back after reconnecting', async () => {
    setScenario('expired-key')
    const { user, router } = renderApp('/usage')
    expect(await screen.findByText(/Your session ended: Token has expired/)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/connect')
    expect(screen.getByLabelText('API URL')).toHaveValue('/demo-api')
    expect(router.history.length).toBe(2)

    setScenario('healthy')
    await user.type(screen.getByLabelText('API key'), 'demo-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/usage'))
  })

  it('retries a server failure three times, then shows what the server said, with Retry', async () => {
    let requests = 0
    server.use(
      http.get('*/account/', () => {
        requests += 1
        return HttpResponse.json({ detail: 'Database is resting.' }, { status: 503 })
      }),
    )
    const { user } = renderApp('/')
    const alert = await screen
      .findByText(/Database is resting\./)
      .then((text) => text.closest('[role="alert"]'))
    expect(requests).toBe(4)
    server.resetHandlers()
    await user.click(within(alert as HTMLElement).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Pro/ })).toBeInTheDocument()
  })

  it('does not retry a 4xx', async () => {
    let requests = 0
    server.use(
      http.get('*/account/', () => {
        requests += 1
        return HttpResponse.json(
          { detail: 'You do not have permission to perform this action.' },
          { status: 403 },
        )
      }),
    )
    renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission')
    expect(requests).toBe(1)
  })
})
