import fc from 'fast-check'
import { neoScenarios } from '../../mocks/backend-scenarios'
import { buildNeoSubscription } from '../../mocks/neo/subscription'
import { startOfUtcDay } from '../../mocks/probely/time'
import { mutate, mutations, survives, type Json } from '../../test/hostile-json'
import { parseBody } from '../http'
import { documentedExample } from './documented-example'
import { toCreditBuckets, toSubscription } from './subscription'
import { neoSubscriptionSchema, type NeoSubscriptionWire } from './subscription-schema'

const parse = (text: string) => parseBody('GET /api/v1/billing/subscription', text, neoSubscriptionSchema)

/** Both mappers the backend runs on the one answer: the subscription page and the credit buckets. */
const mapAll = (wire: NeoSubscriptionWire) => [toSubscription(wire), toCreditBuckets(wire)]

/** The seed's example and the demo's answer in every scenario: a subscription in each of its states. */
const dayStart = startOfUtcDay(new Date('2026-11-21T12:00:00Z'))
const seeds: Json[] = [
  documentedExample,
  ...neoScenarios.map(({ id }) => buildNeoSubscription(id, dayStart) as Json),
]

/**
 * Arbitrary mutations of valid payloads (src/test/hostile-json.ts): whatever the server sends, the only
 * failure is the typed invalid-response error, and whatever parses also maps to the pages' shape.
 */
describe('hostile Neo payloads', () => {
  it('every seed parses and maps as it is', () => {
    for (const seed of seeds) expect(() => mapAll(parse(JSON.stringify(seed)))).not.toThrow()
  })

  it('subscription: parses or fails with the typed error, and whatever parses maps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), mutations, (seed, steps) =>
        survives(mutate(seed, steps), parse, mapAll),
      ),
    )
  })

  it('any JSON at all', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => survives(value as Json, parse, mapAll)))
  })
})
