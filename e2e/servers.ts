// Where the browser tests find the app. E2E_PORT and E2E_OUT_DIR let two checkouts (or two people) run
// the suite side by side. The demo build serves the journeys; a live build, whose API requests the fault
// tests answer themselves, serves on a second port.
export const e2ePort = Number(process.env.E2E_PORT ?? 4173)
export const e2eOutDir = process.env.E2E_OUT_DIR ?? 'dist-demo'
export const demoURL = `http://127.0.0.1:${e2ePort}`
export const livePort = e2ePort + 2000
export const liveURL = `http://127.0.0.1:${livePort}`
/** The live build talks to a same-origin path, which the fault tests intercept. */
export const liveApiPath = '/api'
