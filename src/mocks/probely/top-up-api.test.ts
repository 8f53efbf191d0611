import { describe, expect, it } from 'vitest'
import { purchaseSchema, topUpSettingsSchema } from '../../api/probely/account-schema'
import type { UsageRowJson } from '../../api/probely/usage-schema'
import { setScenario } from '../demo-state'
import { findPack } from './account'
import { call, withDemoServer } from './api-testkit'
import { currentData } from './ledger'
import { ledgerProblems } from './ledger-invariants'
import { resetDemoData } from './store'

withDemoServer()

const SETTINGS = '/account/credits/top-up/settings/'
const put = (json: unknown) => call(SETTINGS, { method: 'PUT', json })
const buy = (json: unknown) => call('/account/credits/top-up/', { method: 'POST', json })
const newest = async () =>
  (await call<{ results: UsageRowJson[] }>('/account/credits/usage/?length=1')).body.results[0]

const valid = {
  auto_top_up_on_expiration: true,
  auto_top_up_on_insufficient: false,
  auto_top_up_credits_pack: findPack('pack_1000'),
}

describe('auto top-up settings', () => {
  it('starts on for an insufficient balance with the 500 pack', async () => {
    const { status, body } = await call(SETTINGS)
    expect(status).toBe(200)
    expect(topUpSettingsSchema.parse(body)).toMatchObject({
      auto_top_up_on_expiration: false,
      auto_top_up_on_insufficient: true,
      auto_top_up_credits_pack: { id: 'pack_500', pack_amount: 500 },
    })
  })

  it('saves a valid body with 201, and keeps it across reloads until reset', async () => {
    expect(await put(valid)).toEqual({ status: 201, body: valid })
    expect((await call(SETTINGS)).body).toEqual(valid)
    expect(localStorage.getItem('billing-demo:v1')).toContain('pack_1000')
    resetDemoData()
    expect((await call(SETTINGS)).body).not.toEqual(valid)
  })

  it('saves the catalogue pack, not the copy sent', async () => {
    const sent = { ...valid, auto_top_up_credits_pack: { ...findPack('pack_100'), price: 1 } }
    expect((await put(sent)).body).toMatchObject({
      auto_top_up_credits_pack: { id: 'pack_100', price: 10000 },
    })
  })

  it('turns everything off without a pack', async () => {
    const off = {
      auto_top_up_on_expiration: false,
      auto_top_up_on_insufficient: false,
      auto_top_up_credits_pack: null,
    }
    expect(await put(off)).toEqual({ status: 201, body: off })
  })

  it('rejects a pack the plan does not offer', async () => {
    const body = { ...valid, auto_top_up_credits_pack: { ...findPack('pack_100'), id: 'pack_1' } }
    expect(await put(body)).toEqual({
      status: 400,
      body: { auto_top_up_credits_pack: ['Select a valid credits pack.'] },
    })
  })

  it('requires a pack when a toggle is on', async () => {
    expect(await put({ ...valid, auto_top_up_credits_pack: null })).toEqual({
      status: 400,
      body: { non_field_errors: ['A credits pack is required when auto top-up is enabled.'] },
    })
  })

  it('answers a malformed body with field errors', async () => {
    expect(
      await put({ auto_top_up_on_expiration: 'yes', auto_top_up_credits_pack: { id: 'pack_100' } }),
    ).toEqual({
      status: 400,
      body: {
        auto_top_up_on_expiration: ['Must be a valid boolean.'],
        auto_top_up_on_insufficient: ['This field is required.'],
        auto_top_up_credits_pack: {
          price: ['This field is required.'],
          pack_amount: ['This field is required.'],
        },
      },
    })
    expect((await put([1])).body).toEqual({
      non_field_errors: ['Invalid data. Expected a dictionary, but got list.'],
    })
    const broken = await call(SETTINGS, {
      method: 'PUT',
      body: '{"auto_top_up',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({ detail: expect.stringMatching(/^JSON parse error/) as unknown })
  })
})

describe('buying a credits pack', () => {
  it('answers 201 with a paid invoice and adds a purchased row to the ledger', async () => {
    const before = await newest()
    const { status, body } = await buy({ pack_id: 'pack_500' })
    expect(status).toBe(201)
    expect(purchaseSchema.parse(body)).toMatchObject({
      status: 'paid',
      total: 45000,
      amount_due: 0,
      currency_code: 'EUR',
    })
    expect(body).toMatchObject({ amount_paid: 45000, pack_id: 'pack_500', credits: 500 })
    const row = await newest()
    expect(row).toMatchObject({
      operation: 'purchased',
      amount: 500,
      description: 'Purchased 500 credits pack',
    })
    expect(row?.balance).toBe(Number(before?.balance) + 500)
    expect(row?.full_balance).toBe(Number(row?.balance) + Number(row?.on_hold))
    expect(ledgerProblems(currentData('healthy', new Date()).usage)).toEqual([])
  })

  it('keeps purchases per scenario', async () => {
    await buy({ pack_id: 'pack_100' })
    setScenario('low-balance')
    expect((await newest())?.balance).toBe(37)
  })

  it('rejects an unknown or missing pack', async () => {
    expect(await buy({ pack_id: 'pack_7' })).toEqual({
      status: 400,
      body: { pack_id: ['Select a valid credits pack.'] },
    })
    expect(await buy({})).toEqual({ status: 400, body: { pack_id: ['This field is required.'] } })
    expect((await buy({ pack_id: '' })).body).toEqual({ pack_id: ['This field may not be blank.'] })
  })

  it('refuses to sell to a cancelled subscription', async () => {
    setScenario('cancelled')
    const answer = await buy({ pack_id: 'pack_100' })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ non_field_errors: [expect.any(String) as unknown] })
  })
})
