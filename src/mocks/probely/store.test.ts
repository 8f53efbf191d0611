import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  countPurchases,
  loadPurchases,
  loadTopUpSettings,
  recordPurchase,
  resetDemoData,
  saveTopUpSettings,
} from './store'

const purchase = {
  invoiceId: 'demo-inv-00001',
  packId: 'pack_100',
  credits: 100,
  price: 10000,
  timestamp: '2026-11-21T10:00:00.000Z',
}

beforeEach(() => localStorage.clear())
// Before the shared setup's own afterEach, which clears localStorage.
afterEach(() => vi.unstubAllGlobals())

describe('demo store', () => {
  it('keeps settings and purchases per scenario', () => {
    saveTopUpSettings('healthy', { onExpiration: true, onInsufficient: false, packId: 'pack_500' })
    recordPurchase('trial', purchase)
    expect(loadTopUpSettings('healthy')).toEqual({
      onExpiration: true,
      onInsufficient: false,
      packId: 'pack_500',
    })
    expect(loadTopUpSettings('trial')).toBeNull()
    expect(loadPurchases('trial')).toEqual([purchase])
    expect(loadPurchases('healthy')).toEqual([])
    expect(countPurchases()).toBe(1)
    resetDemoData()
    expect(loadPurchases('trial')).toEqual([])
  })

  it.each(['{not json', '[]', '{"scenarios":{"healthy":{"purchases":[{"credits":"lots"}]}}}', 'null'])(
    'falls back to defaults on corrupt storage: %s',
    (text) => {
      localStorage.setItem('billing-demo:v1', text)
      expect(loadPurchases('healthy')).toEqual([])
      expect(loadTopUpSettings('healthy')).toBeNull()
      recordPurchase('healthy', purchase)
      expect(loadPurchases('healthy')).toEqual([purchase])
    },
  )

  it('works without localStorage', () => {
    vi.stubGlobal('localStorage', undefined)
    expect(loadPurchases('healthy')).toEqual([])
    expect(() => recordPurchase('healthy', purchase)).not.toThrow()
    expect(() => resetDemoData()).not.toThrow()
  })
})
