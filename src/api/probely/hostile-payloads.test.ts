import fc from 'fast-check'
import { generateDemoData } from '../../mocks/probely/generate'
import { InvalidResponseError } from '../errors'
import { parseBody } from '../http'
import { accountSchema, purchaseSchema, topUpSettingsSchema } from './account-schema'
import { toPurchase, toSubscription, toTopUpSettings } from './account'
import { toUsagePage } from './usage'
import { usagePageSchema } from './usage-schema'

/**
 * Arbitrary mutations of valid payloads: a field removed, replaced by any JSON value, or an unknown field
 * added, anywhere in the tree. Whatever the server sends, the only failure is the typed invalid-response
 * error, and whatever parses also maps to the pages' shape without throwing.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, index) => paths(item, [...prefix, index]))]
  if (value && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))]
  }
  return [prefix]
}

type Mutation = { kind: 'remove' | 'replace' | 'add'; path: number; value: Json; key: string }

function mutate(original: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(original)
  for (const { kind, path: pick, value, key } of mutations) {
    const all = paths(copy)
    const path = all[pick % all.length]!
    if (path.length === 0) return kind === 'replace' ? value : copy
    const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string, Json>)[step]!, copy)
    const last = path.at(-1)!
    if (Array.isArray(parent)) {
      if (kind === 'remove') parent.splice(Number(last), 1)
      else parent[Number(last)] = value
    } else if (parent && typeof parent === 'object') {
      if (kind === 'remove') delete parent[last]
      else if (kind === 'add') parent[key] = value
      else parent[last] = value
    }
  }
  return copy
}

const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom('remove', 'replace', 'add'),
    path: fc.nat(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
    key: fc.string({ maxLength: 12 }),
  }),
  { minLength: 1, maxLength: 4 },
)

function survives<T>(payload: Json, parse: (text: string) => T, map: (parsed: T) => unknown) {
  let parsed: T
  try {
    parsed = parse(JSON.stringify(payload))
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidResponseError)
    return
  }
  expect(() => map(parsed)).not.toThrow()
}

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
