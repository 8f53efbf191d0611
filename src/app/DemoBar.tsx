import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { getScenario, parseScenario, scenarios, setScenario } from '../mocks/demo-state'
import { resetDemoData } from '../mocks/probely/store'

/** Demo builds only: which scenario the mock API plays, and a way out to a real API. */
export default function DemoBar() {
  const queryClient = useQueryClient()
  const [scenario, setCurrent] = useState(getScenario)
  const [resetDone, setResetDone] = useState(false)
  const selectId = useId()
  const current = scenarios.find((item) => item.id === scenario)

  const choose = (value: string) => {
    const next = parseScenario(value)
    if (!next) return
    setScenario(next)
    setCurrent(next)
    setResetDone(false)
    void queryClient.resetQueries()
  }

  const reset = () => {
    resetDemoData()
    setResetDone(true)
    void queryClient.resetQueries()
  }

  return (
    <aside className="demo-bar" aria-label="Demo">
      <div className="demo-bar__inner">
        <strong>Demo</strong>
        <span className="demo-bar__field">
          <label htmlFor={selectId}>Scenario</label>
          <select id={selectId} value={scenario} onChange={(event) => choose(event.target.value)}>
            {scenarios.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </span>
        {current && <span className="demo-bar__description">{current.description}</span>}
        <button type="button" className="button button--small" onClick={reset}>
          Reset demo data
        </button>
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
