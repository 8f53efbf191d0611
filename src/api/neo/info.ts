import type { BackendInfo } from '../types'

/** `GET /api/v1/billing/subscription` (seed 004) is the whole billing API: no ledger, no top-up settings. */
export const neoInfo: BackendInfo = {
  id: 'neo',
  name: 'ProjectDiscovery Neo',
  capabilities: {
    subscription: true,
    planPricing: false,
    creditPacks: false,
    usageLedger: false,
    usageTransactions: false,
    topUpSettings: false,
    seats: true,
    creditBuckets: true,
    paymentMethods: true,
  },
  authHeader: 'Authorization: Bearer <token>',
  exampleUrl: 'https://neo.api.projectdiscovery.io',
  needsCompanyId: false,
}
