import type { BackendInfo } from '../types'

export const probelyInfo: BackendInfo = {
  id: 'probely',
  name: 'Probely',
  capabilities: {
    subscription: true,
    planPricing: true,
    creditPacks: true,
    usageLedger: true,
    usageTransactions: false,
    topUpSettings: true,
    seats: false,
    creditBuckets: false,
    paymentMethods: false,
  },
  authHeader: 'Authorization: JWT <key>',
  exampleUrl: 'https://api.example.com',
  needsCompanyId: false,
}
