import type { Connection } from '../connection'
import { createHttpClient } from '../http'
import { notOffered } from '../not-offered'
import type { BillingBackend } from '../types'
import { neoInfo } from './info'
import { toCreditBuckets, toSubscription } from './subscription'
import { neoSubscriptionSchema } from './subscription-schema'

const SUBSCRIPTION_PATH = '/api/v1/billing/subscription'

/** ProjectDiscovery Neo: `Authorization: Bearer <token>`, one endpoint for the whole billing overview. */
export function createNeoBackend({ apiUrl, apiKey }: Pick<Connection, 'apiUrl' | 'apiKey'>): BillingBackend {
  const http = createHttpClient({ baseUrl: apiUrl, headers: { Authorization: `Bearer ${apiKey}` } })
  const overview = (signal?: AbortSignal) =>
    http.request(SUBSCRIPTION_PATH, neoSubscriptionSchema, { signal })
  const missing = (what: string) => notOffered(neoInfo.name, what)
  return {
    id: 'neo',
    capabilities: neoInfo.capabilities,
    async checkKey(signal) {
      await overview(signal)
    },
    getSubscription: async (signal) => toSubscription(await overview(signal)),
    getCreditBuckets: async (signal) => toCreditBuckets(await overview(signal)),
    listUsage: missing('credit ledger'),
    getTopUpSettings: missing('auto top-up settings'),
    saveTopUpSettings: missing('auto top-up settings'),
    buyCreditPack: missing('credit packs'),
  }
}
