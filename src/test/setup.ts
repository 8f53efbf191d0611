import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { setConnection } from '../api/connection'
import { setLatency, setScenario } from '../mocks/demo-state'
import { server } from '../mocks/node'

// Pages load several queries against the mock API; give them longer than the default second to appear.
configure({ asyncUtilTimeout: 4000 })

// One mock backend for every purpose: the demo's handlers serve the tests too, without latency.
beforeAll(() => {
  setLatency(0)
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  setScenario('healthy')
  setConnection(null)
  // Build-output tests run in the node environment, without Web Storage.
  if (typeof window !== 'undefined') {
    sessionStorage.clear()
    localStorage.clear()
  }
})

afterAll(() => server.close())
