import { ApiError } from './errors'
import type { BackendInfo, BillingBackend } from './types'

/**
 * A backend whose code loads on its first request, so a build that mostly talks to one API does not
 * make everyone download the others. What it offers is known at once (from its info); a chunk that
 * fails to load fails that request like a network error, and the next request tries again.
 */
export function lazyBackend(info: BackendInfo, load: () => Promise<BillingBackend>): BillingBackend {
  let loading: Promise<BillingBackend> | null = null
  const api = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      const reason = error instanceof Error ? error.message : String(error)
      throw new ApiError('network', `The ${info.name} part of the dashboard could not be loaded: ${reason}`)
    }))
  return {
    id: info.id,
    capabilities: info.capabilities,
    checkKey: async (signal) => (await api()).checkKey(signal),
    getSubscription: async (signal) => (await api()).getSubscription(signal),
    listUsage: async (query, signal) => (await api()).listUsage(query, signal),
    getTopUpSettings: async (signal) => (await api()).getTopUpSettings(signal),
    saveTopUpSettings: async (settings) => (await api()).saveTopUpSettings(settings),
    buyCreditPack: async (packId) => (await api()).buyCreditPack(packId),
    getCreditBuckets: async (signal) => (await api()).getCreditBuckets(signal),
  }
}
