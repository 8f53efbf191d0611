import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { backendIds, backends, parseBackendId } from '../api/backends'
import { getConnection, setConnection } from '../api/connection'
import { useBackendInfo } from '../api/use-backend-info'
import { getScenario, parseScenario, scenariosFor, setScenario } from '../mocks/demo-state'
import { connectToDemo } from './demo'

/** A fresh connection object: the backend is rebuilt, so nothing it kept from the last scenario is reused. */
function renewConnection() {
  const connection = getConnection()
  if (connection) setConnection({ ...connection })
}

/** Demo builds only: which API and scenario the mock backend plays, and a way out to a real API. */
export default function DemoBar() {
  const queryClient = useQueryClient()
  const backend = useBackendInfo()
  const [scenario, setCurrent] = useState(getScenario)
  const [resetDone, setResetDone] = useState(false)
  const ids = { backend: useId(), scenario: useId() }
  const scenarios = scenariosFor(backend.id)
  const current = scenarios.find((item) => item.id === scenario)

  const chooseBackend = (value: string) => {
    const next = parseBackendId(value)
    if (!next) return
    connectToDemo(next)
    setCurrent(getScenario())
    setResetDone(false)
    void queryClient.resetQueries()
  }

  const choose = (value: string) => {
    const next = parseScenario(value)
    if (!next) return
    setScenario(next)
    setCurrent(next)
    setResetDone(false)
    renewConnection()
    void queryClient.resetQueries()
  }

  // The demo's data store (generator and all) loads with the mock API, after the first paint.
  const reset = async () => {
    const { resetDemoData } = await import('../mocks/probely/store')
    resetDemoData()
    setResetDone(true)
    renewConnection()
    void queryClient.resetQueries()
  }

  return (
    <aside className="demo-bar" aria-label="Demo">
      <div className="demo-bar__inner">
        <strong>Demo</strong>
        <span className="demo-bar__field">
          <label htmlFor={ids.backend}>API</label>
          <select id={ids.backend} value={backend.id} onChange={(event) => chooseBackend(event.target.value)}>
            {backendIds.map((id) => (
              <option key={id} value={id}>
                {backends[id].name}
              </option>
            ))}
          </select>
        </span>
        <span className="demo-bar__field">
          <label htmlFor={ids.scenario}>Scenario</label>
          <select id={ids.scenario} value={scenario} onChange={(event) => choose(event.target.value)}>
            {scenarios.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </span>
        {current && <span className="demo-bar__description">{current.description}</span>}
        {backend.id === 'probely' && (
          // Only the Probely demo keeps what the visitor changes (settings saved, packs bought).
          <button type="button" className="button button--small" onClick={() => void reset()}>
            Reset demo data
          </button>
        )}
        <span role="status" className="visually-hidden">
          {resetDone ? 'Demo data reset.' : ''}
        </span>
        <Link to="/connect" search={{ redirect: '/' }} className="demo-bar__link">
          Connect to your API
        </Link>
      </div>
    </aside>
  )
}
