import { setConnection, getConnection } from '../api/connection'
import { holdRequestsUntil } from '../api/http'
import { DEMO_API_KEY, DEMO_API_URL, getScenario, parseScenario, setScenario } from '../mocks/demo-state'

/**
 * Demo builds only (loaded behind `import.meta.env.MODE === 'demo'`, so a live build has none of it).
 * The mock service worker starts in parallel with the first paint; requests wait for it.
 */
export function prepareDemo(): void {
  const url = new URL(window.location.href)
  const chosen = parseScenario(url.searchParams.get('scenario'))
  if (chosen) {
    setScenario(chosen)
    url.searchParams.delete('scenario')
    window.history.replaceState(window.history.state, '', url)
  }
  // The demo opens when nothing else is chosen: no connection yet, or a scenario asked for by URL.
  if (!getConnection() || chosen) connectToDemo()
  holdRequestsUntil(import('../mocks/browser').then(({ startDemoWorker }) => startDemoWorker()))
}

function connectToDemo(): void {
  setConnection({ apiUrl: DEMO_API_URL, apiKey: DEMO_API_KEY, demo: true })
}

/** "Explore the demo" on the connection screen. */
export function enterDemo(): void {
  // It must not land back in the scenario that sent the user to the connection screen.
  if (getScenario() === 'expired-key') setScenario('healthy')
  connectToDemo()
}
