import { describe, expect, it } from 'vitest'
import { accountSchema } from '../../api/probely/account-schema'
import { getLatency, setScenario } from '../demo-state'
import { call, withDemoServer } from './api-testkit'

withDemoServer()

const paths = ['/account/', '/account/credits/usage/', '/account/credits/top-up/settings/']

describe('access to the demo API', () => {
  it('serves the account at any base URL', async () => {
    const answer = await call('/account/')
    expect(answer.status).toBe(200)
    expect(accountSchema.parse(answer.body).plan?.name).toBe('Pro')
    const elsewhere = await fetch('http://localhost/api/v1/account/', {
      headers: { Authorization: 'JWT demo-key' },
    })
    expect(elsewhere.status).toBe(200)
  })

  it.each(paths)('asks for credentials on %s', async (path) => {
    expect(await call(path, { auth: null })).toEqual({
      status: 401,
      body: { detail: 'Authentication credentials were not provided.' },
    })
    // Another keyword is not this scheme's credentials at all, as in DRF.
    expect((await call(path, { auth: 'Bearer demo-key' })).body).toEqual({
      detail: 'Authentication credentials were not provided.',
    })
  })

  it('refuses a wrong key and a malformed header', async () => {
    expect(await call('/account/', { auth: 'JWT stolen-key' })).toEqual({
      status: 401,
      body: { detail: 'Invalid token.' },
    })
    expect((await call('/account/', { auth: 'JWT' })).body).toEqual({
      detail: 'Invalid token header. No credentials provided.',
    })
    expect((await call('/account/', { auth: 'jwt demo-key' })).status).toBe(200)
  })

  it.each(paths)('answers 401 "Token has expired." on %s in the expired-key scenario', async (path) => {
    setScenario('expired-key')
    expect(await call(path)).toEqual({ status: 401, body: { detail: 'Token has expired.' } })
  })

  it('answers 500 to every request in the server-errors scenario', async () => {
    setScenario('server-errors')
    for (const path of paths) {
      expect(await call(path)).toEqual({
        status: 500,
        body: { detail: 'Unexpected error while handling your request.' },
      })
    }
    const purchase = await call('/account/credits/top-up/', { method: 'POST', json: { pack_id: 'pack_100' } })
    expect(purchase.status).toBe(500)
  })

  it('slows every answer to about two seconds in the slow scenario', () => {
    setScenario('slow')
    const latency = getLatency()
    expect(latency).not.toBe(0)
    if (latency !== 0) expect(latency[0]).toBeGreaterThanOrEqual(1500)
  })

  it('shapes the account by scenario', async () => {
    setScenario('trial')
    expect(accountSchema.parse((await call('/account/')).body).status).toBe('in_trial')
    setScenario('cancelled')
    expect(accountSchema.parse((await call('/account/')).body).status).toBe('cancelled')
  })
})
