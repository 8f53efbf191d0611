import { setupWorker } from 'msw/browser'
import { convisoHandlers } from './conviso/handlers'
import { neoHandlers } from './neo/handlers'
import { probelyHandlers } from './probely/handlers'

/** Starts the demo backend in the browser. Import it lazily, in demo mode only, so live builds carry no mocks. */
export async function startDemoWorker() {
  const worker = setupWorker(...probelyHandlers, ...neoHandlers, ...convisoHandlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  return worker
}
