import { setupWorker } from 'msw/browser'
import { probelyHandlers } from './probely/handlers'

/** Starts the demo backend in the browser. Import it lazily, in demo mode only, so live builds carry no mocks. */
export async function startDemoWorker() {
  const worker = setupWorker(...probelyHandlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return worker
}
