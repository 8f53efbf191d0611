import { createHttpClient } from '../http'
import type { BillingBackend } from '../types'
import { accountSchema, purchaseSchema, topUpSettingsSchema } from './account-schema'
import { toPurchase, toSubscription, toTopUpSettings, toTopUpSettingsRequest } from './account'
import { toUsagePage, toUsageSearchParams } from './usage'
import { usagePageSchema } from './usage-schema'

/** The Probely-style REST API: `Authorization: JWT <key>`. */
export function createProbelyBackend(apiUrl: string, apiKey: string): BillingBackend {
  const http = createHttpClient({ baseUrl: apiUrl, headers: { Authorization: `JWT ${apiKey}` } })
  return {
    async getSubscription(signal) {
      return toSubscription(await http.request('/account/', accountSchema, { signal }))
    },
    async listUsage(query, signal) {
      const page = await http.request('/account/credits/usage/', usagePageSchema, {
        query: toUsageSearchParams(query),
        signal,
      })
      return toUsagePage(page, query)
    },
    async getTopUpSettings(signal) {
      return toTopUpSettings(
        await http.request('/account/credits/top-up/settings/', topUpSettingsSchema, { signal }),
      )
    },
    async saveTopUpSettings(settings) {
      const saved = await http.request('/account/credits/top-up/settings/', topUpSettingsSchema, {
        method: 'PUT',
        body: toTopUpSettingsRequest(settings),
      })
      return toTopUpSettings(saved)
    },
    async buyCreditPack(packId) {
      const body = { pack_id: packId }
      return toPurchase(
        await http.request('/account/credits/top-up/', purchaseSchema, { method: 'POST', body }),
      )
    },
  }
}
