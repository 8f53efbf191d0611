import { createHttpClient } from '../http'
import { notOffered } from '../not-offered'
import type { BillingBackend } from '../types'
import { accountSchema, purchaseSchema, topUpSettingsSchema } from './account-schema'
import { toPurchase, toSubscription, toTopUpSettings, toTopUpSettingsRequest } from './account'
import { probelyInfo } from './info'
import { toUsagePage, toUsageSearchParams } from './usage'
import { usagePageSchema } from './usage-schema'

/** The Probely-style REST API: `Authorization: JWT <key>`. */
export function createProbelyBackend(apiUrl: string, apiKey: string): BillingBackend {
  const http = createHttpClient({ baseUrl: apiUrl, headers: { Authorization: `JWT ${apiKey}` } })
  return {
    id: 'probely',
    capabilities: probelyInfo.capabilities,
    async checkKey(signal) {
      await http.request('/account/', accountSchema, { signal })
    },
    getCreditBuckets: notOffered(probelyInfo.name, 'separate credit buckets'),
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
      return toTopUpSettings(saved, settings)
    },
    async buyCreditPack(packId) {
      const body = { pack_id: packId }
      return toPurchase(
        await http.request('/account/credits/top-up/', purchaseSchema, { method: 'POST', body }),
      )
    },
  }
}
