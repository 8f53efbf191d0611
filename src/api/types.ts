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
  // Parts only some backends have (see Capabilities); absent means the backend has no such thing.
  /** A plan of seats, each with its own monthly credit allotment (Neo). */
  seats?: SeatPlan
  /** The subscription ends when the period it is in ends, instead of renewing. */
  cancelAtPeriodEnd?: boolean
  /** The next charge as the server words it ("$392.00"), when it sends the amount without a currency. */
  nextChargeDisplay?: string
  paymentMethods?: PaymentMethod[]
  /** A change already scheduled for a later date (fewer seats, another interval); null when none. */
  pendingChange?: PendingChange | null
  creditBuckets?: CreditBuckets
  /** Credits used per member of the account, against their seat's allotment. */
  memberUsage?: MemberUsage[]
}

export type SeatPlan = {
  seats: number | undefined
  creditsPerUser: number | undefined
  /** Billing interval as the API says it: "month", "year". */
  interval: string | undefined
  /** How renewals are paid, as the API says it: "charge_automatically", "send_invoice". */
  collectionMethod: string | undefined
}

export type PaymentMethod = {
  id: string | undefined
  brand: string | undefined
  last4: string | undefined
  /** 1–12; a card is valid until the end of this month. */
  expMonth: number | undefined
  expYear: number | undefined
  isDefault: boolean
}

export type PendingChange = {
  seats: number | undefined
  creditsPerUser: number | undefined
  interval: string | undefined
  effectiveAt: string | undefined
  /** Members who lose their seat when the change takes effect. */
  demotedMembers: string[]
}

export type MemberUsage = {
  email: string
  seatStatus: string | undefined
  allotment: number | undefined
  used: number | undefined
  remaining: number | undefined
}

/**
 * One place credits are held. `kind` is `subscription`, `top_up` or `discount` for credits of one pool,
 * or the credit type (`AI_PENTEST`, `DAST`, or one the API adds later) when each kind is spent apart.
 */
export type CreditBucket = {
  kind: string
  total: number | undefined
  used: number | undefined
  remaining: number | undefined
  /** When the bucket is refilled to its total. */
  resetsAt?: string | null
  /** When what is left in the bucket expires. */
  expiresAt?: string | null
  /** The renewal cycle as the API says it ("MONTHLY"). */
  renewal?: string
  /** Credits ever bought into this bucket, and ever used from it. */
  lifetimePurchased?: number
  lifetimeUsed?: number
}

export type CreditBuckets = {
  /**
   * True when the buckets hold the same credits, spent from one balance (Neo's subscription and top-up
   * credits); false when each bucket is its own kind of credit and totals across them mean nothing.
   */
  pooled: boolean
  buckets: CreditBucket[]
  /** Across buckets, as the server counts them (pooled only). */
  available: number | undefined
  used: number | undefined
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
  /** Signed change: + for earned, purchased and refunded, − for used and expired. */
  change: number
  /** The running balance after the row; 0 where the backend keeps none (capabilities.usageLedger false). */
  balance: number
  onHold: number
  /** balance + on hold */
  fullBalance: number
  scan: UsageScan | null
  target: UsageTarget | null
  /** Which kind of credit the row moved, where a backend keeps kinds apart (Conviso's credit types). */
  creditType?: string
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

export type BackendId = 'probely' | 'neo' | 'conviso'

/** What one backend offers. Pages show these parts, navigation hides the rest, and nothing asks for it. */
export type Capabilities = {
  /** A subscription with its status and renewal. */
  subscription: boolean
  /** Plan prices, charge model, billing amounts and capacity. */
  planPricing: boolean
  /** Credit packs to buy. */
  creditPacks: boolean
  /** A credit ledger with a running balance (usage page with balance chart). */
  usageLedger: boolean
  /** Credit movements without a running balance (usage page as a list of transactions). */
  usageTransactions: boolean
  /** Automatic top-up settings. */
  topUpSettings: boolean
  /** Seats with a credit allotment each, and usage per member. */
  seats: boolean
  /** Credits held in separate buckets. */
  creditBuckets: boolean
  /** Payment methods on file. */
  paymentMethods: boolean
}

/**
 * One billing API. Every method exists on every backend; one the backend does not offer (its capability
 * is false) rejects with a `not_found` ApiError, and pages never call it.
 */
export type BillingBackend = {
  id: BackendId
  capabilities: Capabilities
  /** The cheapest request that proves the API URL and key work. */
  checkKey(signal?: AbortSignal): Promise<void>
  getSubscription(signal?: AbortSignal): Promise<Subscription>
  listUsage(query: UsageQuery, signal?: AbortSignal): Promise<UsagePage>
  getTopUpSettings(signal?: AbortSignal): Promise<TopUpSettings>
  saveTopUpSettings(settings: TopUpSettings): Promise<TopUpSettings>
  buyCreditPack(packId: string): Promise<Purchase>
  getCreditBuckets(signal?: AbortSignal): Promise<CreditBuckets>
}

/** What the app knows about a backend before loading any of its code. */
export type BackendInfo = {
  id: BackendId
  /** The product's name, as its users know it. */
  name: string
  capabilities: Capabilities
  /** How the key travels, for the connection screen: "Authorization: Bearer <token>". */
  authHeader: string
  /** An API URL to show as an example. */
  exampleUrl: string
  /** Every request names a company (Conviso's scope), so the connection needs its id. */
  needsCompanyId: boolean
}
