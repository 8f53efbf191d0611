import { createMemoryHistory } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setConnection } from '../api/connection'
import { App, createApp } from '../app/App'
import { DEMO_API_KEY, DEMO_API_URL } from '../mocks/demo-state'

export const demoConnection = { apiUrl: DEMO_API_URL, apiKey: DEMO_API_KEY, demo: false }

/** Renders the whole app at `path` against the mock API, with a fresh query cache and router. */
export function renderApp(path = '/', { connected = true }: { connected?: boolean } = {}) {
  if (connected) setConnection(demoConnection)
  // Retries keep their count but not their backoff, so failure states show without waiting.
  const app = createApp(createMemoryHistory({ initialEntries: [path] }), 0)
  const user = userEvent.setup()
  const view = render(<App queryClient={app.queryClient} router={app.router} />)
  return { ...app, ...view, user }
}
