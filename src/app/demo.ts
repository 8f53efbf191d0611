import { parseBackendId, presetBackend } from '../api/backends'
import { setConnection, getConnection } from '../api/connection'
import { holdRequestsUntil } from '../api/http'
import type { BackendId } from '../api/types'
import { demoConnectionFor, getScenario, parseScenario, scenarioFor, setScenario } from '../mocks/demo-state'

/**
 * Demo builds only: called behind `import.meta.env.MODE === 'demo'`, and vite.config.ts marks this module
 * as declarations only, so a live build has none of it.
 * The mock service worker starts after the first contentful paint; requests wait for it.
 * `?backend=neo` and `?scenario=past-due` choose the demo from a link; both leave the URL once read.
 */
export function prepareDemo(): void {
  const url = new URL(window.location.href)
  const chosenBackend = parseBackendId(url.searchParams.get('backend'))
  const chosen = parseScenario(url.searchParams.get('scenario'))
  if (chosen) setScenario(chosen)
  if (chosen || chosenBackend) {
    url.searchParams.delete('scenario')
    url.searchParams.delete('backend')
    window.history.replaceState(window.history.state, '', url)
  }
  // The demo opens when nothing else is chosen: no connection yet, or a demo asked for by URL.
  const current = getConnection()
  if (!current || chosen || chosenBackend) {
    connectToDemo(chosenBackend ?? (current?.demo ? current.backend : presetBackend))
  }
  holdRequestsUntil(
    afterFirstContentfulPaint().then(async () => {
      const { startDemoWorker } = await import('../mocks/browser')
      return startDemoWorker()
    }),
  )
}

/**
 * The mock API (MSW and the data generator, the demo's largest chunk) is fetched and run after the first
 * contentful paint, so the page's frame and skeletons never wait for it; requests wait (holdRequestsUntil).
 * A hidden tab paints nothing: after a second, it starts anyway.
 */
function afterFirstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer?.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(done, 1000)
    const observer =
      typeof PerformanceObserver === 'undefined'
        ? null
        : new PerformanceObserver((list) => {
            if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done()
          })
    try {
      observer?.observe({ type: 'paint', buffered: true })
    } catch {
      done()
    }
  })
}

/** The demo of one backend, in a scenario that backend's demo plays. */
export function connectToDemo(backend: BackendId): void {
  setScenario(scenarioFor(backend, getScenario()))
  setConnection(demoConnectionFor(backend))
}

/** "Explore the demo" on the connection screen, for the backend chosen there. */
export function enterDemo(backend: BackendId): void {
  // It must not land back in the scenario that sent the user to the connection screen.
  if (getScenario() === 'expired-key') setScenario('healthy')
  connectToDemo(backend)
}
