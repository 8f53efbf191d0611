import type { OpenEnum } from './schema-helpers'

/**
 * The shape every page consumes, whichever backend answered. Vendor JSON stays in api/<backend>/;
 * a backend maps its payloads to these types. `undefined` means the server did not say ("—" on screen).
 */

/** Integer minor units (cents) with the ISO currency, or null when the server sent '' or nothing. */
export type Money = { cents: number; currency: string | null }

export type CreditPack = {
  id: string
  name: string | undefined
  credits: number
  price: Money
  /** Percent off the base credit price. */
  discountPercent: number | undefined
  savings: Money | undefined
}

export type SubscriptionStatus = OpenEnum<'future' | 'in_trial' | 'active' | 'non_renewing' | 'cancelled'>
export type ChargeModel = OpenEnum<'per_unit' | 'flat_fee' | 'volume' | 'tiered'>
export type PeriodUnit = OpenEnum<'week' | 'month' | 'year'>

export type Plan = {
  id: string
  name: string | undefined
  family: string | null | undefined
  description: string | null | undefined
  isTrial: boolean | undefined
  chargeModel: ChargeModel | undefined
  price: Money | undefined
  period: number | undefined
  periodUnit: PeriodUnit | undefined
  allowedScanProfiles: string[] | undefined
  creditPacks: CreditPack[]
  discountPercent: number | undefined
  savings: Money | undefined
  tiers: Record<string, unknown> | null | undefined
}

export type Subscription = {
  status: SubscriptionStatus
  plan: Plan | null
  targetQuantity: number | undefined
  poolSize: number | undefined
  autoCollection: boolean | undefined
  nextBillingAt: string | null | undefined
  nextBillingAmount: Money | undefined
  trialEnd: string | null | undefined
  /** Money held on the account (not credits). */
  accountBalance: Money | undefined
  hasUsedTrial: boolean | undefined
  heroku: boolean | undefined
  planAmount: Money | undefined
  /** Free slots for unlimited-scan targets; null means not applicable. */
  availableSlots: number | null | undefined
}

export type UsageOperation = OpenEnum<'used' | 'purchased' | 'earned' | 'expired'>

export type UsageScan = {
  id: string
  status: string | undefined
  profile: string | undefined
  lows: number | null | undefined
  mediums: number | null | undefined
  highs: number | null | undefined
  started: string | null | undefined
  completed: string | null | undefined
  created: string | undefined
}

export type UsageTarget = {
  id: string
  name: string | undefined
  host: string | undefined
  url: string | undefined
  labels: { id: string; name: string; color: string | undefined }[]
  scope: string | undefined
}

export type UsageEntry = {
  /** Stable within a page; the API has no row id. */
  key: string
  timestamp: string
  description: string | null
  operation: UsageOperation | null
  /** Signed change: + for earned and purchased, − for used and expired. */
  change: number
  balance: number
  onHold: number
  /** balance + on hold */
  fullBalance: number
  scan: UsageScan | null
  target: UsageTarget | null
}

export type UsagePage = {
  count: number
  pageCount: number
  page: number
  pageSize: number
  entries: UsageEntry[]
}

export const usageOrderings = ['timestamp', '-timestamp', 'amount', '-amount', 'balance', '-balance'] as const
export type UsageOrdering = (typeof usageOrderings)[number]

/** What the usage list is asked for; dates are full ISO date-times. */
export type UsageQuery = {
  startDt?: string
  endDt?: string
  operations?: readonly string[]
  targets?: readonly string[]
  labels?: readonly string[]
  scope?: string
  search?: string
  ordering?: UsageOrdering
  page?: number
  length?: number
}

export type TopUpSettings = {
  onExpiration: boolean
  onInsufficient: boolean
  pack: CreditPack | null
}

export type Purchase = {
  id: string | undefined
  status: string | undefined
  total: Money
  amountDue: Money
  /** Everything else the server said about the invoice. */
  details: Record<string, unknown>
}

/** What one backend can do; pages hide what it cannot. */
export type BillingBackend = {
  getSubscription(signal?: AbortSignal): Promise<Subscription>
  listUsage(query: UsageQuery, signal?: AbortSignal): Promise<UsagePage>
  getTopUpSettings(signal?: AbortSignal): Promise<TopUpSettings>
  saveTopUpSettings(settings: TopUpSettings): Promise<TopUpSettings>
  buyCreditPack(packId: string): Promise<Purchase>
}
