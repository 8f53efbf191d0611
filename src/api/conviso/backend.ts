import type { Connection } from '../connection'
import { notOffered } from '../not-offered'
import type { BillingBackend, UsageEntry } from '../types'
import { creditsOf, toCreditBuckets, toUsageEntries } from './credits'
import { executionCreditsQuery, executionCreditTransactionsQuery } from './documents'
import { createGraphqlClient } from './graphql'
import { convisoInfo } from './info'
import { queryUsage } from './local-usage'
import { creditsDataSchema } from './schema'

/** How long one answer with every transaction serves the pages, totals and export cut from it. */
const TRANSACTIONS_REUSE_MS = 10_000

/** Waits for a shared request, but gives up as soon as this caller's signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const abort = () =>
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'))
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** Conviso Platform: GraphQL with `x-api-key`; every query names the company (scope). */
export function createConvisoBackend({
  apiUrl,
  apiKey,
  companyId = '',
}: Pick<Connection, 'apiUrl' | 'apiKey' | 'companyId'>): BillingBackend {
  const client = createGraphqlClient(apiUrl, { 'x-api-key': apiKey })
  const variables = { companyId }
  const balances = async (signal?: AbortSignal) =>
    creditsOf(await client.request(executionCreditsQuery, variables, creditsDataSchema, signal))

  // A page of the usage list, its totals and its export each ask for every transaction: one answer
  // serves the requests that arrive together instead of one download per page.
  let shared: { at: number; rows: Promise<UsageEntry[]> } | null = null
  const transactions = (signal?: AbortSignal) => {
    if (!shared || Date.now() - shared.at > TRANSACTIONS_REUSE_MS) {
      const rows = client
        .request(executionCreditTransactionsQuery, variables, creditsDataSchema)
        .then((data) => toUsageEntries(creditsOf(data)))
      const entry = { at: Date.now(), rows }
      rows.catch(() => {
        if (shared === entry) shared = null
      })
      shared = entry
    }
    return untilAborted(shared.rows, signal)
  }

  const missing = (what: string) => notOffered(convisoInfo.name, what)
  return {
    id: 'conviso',
    capabilities: convisoInfo.capabilities,
    async checkKey(signal) {
      await balances(signal)
    },
    getCreditBuckets: async (signal) => toCreditBuckets(await balances(signal)),
    listUsage: async (query, signal) => queryUsage(await transactions(signal), query),
    getSubscription: missing('subscription'),
    getTopUpSettings: missing('auto top-up settings'),
    saveTopUpSettings: missing('auto top-up settings'),
    buyCreditPack: missing('credit packs'),
  }
}
