import { afterEach, describe, expect, it, vi } from 'vitest'
import { getLatency, getScenario, parseScenario, scenarios, setLatency, setScenario } from './demo-state'

afterEach(() => {
  vi.unstubAllGlobals()
  setScenario('healthy')
  setLatency(0)
})

describe('demo state', () => {
  it('lists every scenario once, with a label and a description', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'healthy',
      'trial',
      'non-renewing',
      'cancelled',
      'low-balance',
      'slow',
      'server-errors',
      'expired-key',
      'heavy',
    ])
    for (const s of scenarios) expect(s.label && s.description).toBeTruthy()
  })

  it('parses only known scenarios', () => {
    expect(parseScenario('trial')).toBe('trial')
    expect(parseScenario('Trial')).toBeNull()
    expect(parseScenario(undefined)).toBeNull()
    expect(parseScenario(3)).toBeNull()
  })

  it('keeps the scenario in sessionStorage, healthy by default', () => {
    sessionStorage.clear()
    expect(getScenario()).toBe('healthy')
    setScenario('heavy')
    expect(sessionStorage.getItem('billing-demo:scenario')).toBe('heavy')
    sessionStorage.setItem('billing-demo:scenario', 'nonsense')
    expect(getScenario()).toBe('heavy') // the in-memory value of this page
  })

  it('works without sessionStorage', () => {
    vi.stubGlobal('sessionStorage', undefined)
    setScenario('trial')
    expect(getScenario()).toBe('trial')
  })

  it('survives a sessionStorage that throws', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('blocked')
      },
    })
    setScenario('cancelled')
    expect(getScenario()).toBe('cancelled')
  })

  it('sets the latency, except in the slow scenario', () => {
    setLatency([100, 300])
    expect(getLatency()).toEqual([100, 300])
    setLatency(0)
    expect(getLatency()).toBe(0)
    setScenario('slow')
    expect(getLatency()).toEqual([1800, 2200])
  })
})
