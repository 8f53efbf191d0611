import type { BackendInfo } from '../types'

/** The `executionCredit` GraphQL query (seed 002): credits per credit type and their transactions. */
export const convisoInfo: BackendInfo = {
  id: 'conviso',
  name: 'Conviso Platform',
  capabilities: {
    subscription: false,
    planPricing: false,
    creditPacks: false,
    usageLedger: false,
    usageTransactions: true,
    topUpSettings: false,
    seats: false,
    creditBuckets: true,
    paymentMethods: false,
  },
  authHeader: 'x-api-key: <key>',
  exampleUrl: 'https://app.convisoappsec.com',
  needsCompanyId: true,
}
