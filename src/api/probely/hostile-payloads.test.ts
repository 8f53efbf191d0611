import fc from 'fast-check'
import { generateDemoData } from '../../mocks/probely/generate'
import { mutate, mutations, survives, type Json } from '../../test/hostile-json'
import { parseBody } from '../http'
import { accountSchema, purchaseSchema, topUpSettingsSchema } from './account-schema'
import { toPurchase, toSubscription, toTopUpSettings } from './account'
import { toUsagePage } from './usage'
import { usagePageSchema } from './usage-schema'

const data = generateDemoData('healthy', new Date('2026-11-21T12:00:00Z'))
const valid = {
  account: data.account as unknown as Json,
  usage: { count: 3, page_total: 1, page: 1, length: 10, results: data.usage.slice(-3) } as unknown as Json,
  settings: {
    auto_top_up_on_expiration: true,
    auto_top_up_on_insufficient: false,
    auto_top_up_credits_pack: data.account.plan?.allowed_credits_packs?.[0] ?? null,
  } as unknown as Json,
  purchase: {
    id: 'inv',
    status: 'paid',
    total: 45000,
    amount_due: 0,
    currency_code: 'EUR',
    credits: 500,
  } as Json,
}

/**
 * Arbitrary mutations of valid payloads (src/test/hostile-json.ts): whatever the server sends, the only
 * failure is the typed invalid-response error, and whatever parses also maps to the pages' shape.
 */
describe('hostile payloads', () => {
  it('account: parses or fails with the typed error, never anything else', () => {
    fc.assert(
      fc.property(mutations, (steps) =>
        survives(
          mutate(valid.account, steps),
          (text) => parseBody('GET /account/', text, accountSchema),
          toSubscription,
        ),
      ),
    )
  })

  it('usage list', () => {
    fc.assert(
      fc.property(mutations, (steps) =>
        survives(
          mutate(valid.usage, steps),
          (text) => parseBody('GET /account/credits/usage/', text, usagePageSchema),
          (page) => toUsagePage(page, { operations: ['used'] }),
        ),
      ),
    )
  })

  it('top-up settings', () => {
    fc.assert(
      fc.property(mutations, (steps) =>
        survives(
          mutate(valid.settings, steps),
          (text) => parseBody('GET settings', text, topUpSettingsSchema),
          toTopUpSettings,
        ),
      ),
    )
  })

  it('purchase answer', () => {
    fc.assert(
      fc.property(mutations, (steps) =>
        survives(
          mutate(valid.purchase, steps),
          (text) => parseBody('POST top-up', text, purchaseSchema),
          toPurchase,
        ),
      ),
    )
  })

  it('any JSON at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        survives(value as Json, (text) => parseBody('GET /account/', text, accountSchema), toSubscription),
      ),
    )
  })
})
