import {
  purchaseRequestSchema,
  topUpSettingsRequestSchema,
  type AccountJson,
  type CreditPackJson,
  type PurchaseJson,
  type TopUpSettingsJson,
} from '../../api/probely/account-schema'
import type { Scenario } from '../demo-state'
import { findPack } from './account'
import { badRequest, type ApiAnswer } from './drf'
import { notADictionary, toFieldErrors } from './request-errors'
import {
  countPurchases,
  loadTopUpSettings,
  recordPurchase,
  saveTopUpSettings,
  type SavedTopUp,
} from './store'

/** Auto top-up settings and pack purchases: validation and effects, as pure-ish functions over the store. */

/**
 * Before the visitor saves anything: on for an insufficient balance with the 500 pack, except where the
 * scenario's story needs it off (a low balance would have been topped up; a cancelled account buys nothing).
 */
function defaultTopUp(scenario: Scenario): SavedTopUp {
  const off = scenario === 'low-balance' || scenario === 'cancelled'
  return { onExpiration: false, onInsufficient: !off, packId: off ? null : 'pack_500' }
}

function toJson(saved: SavedTopUp): TopUpSettingsJson {
  const pack = saved.packId === null ? undefined : findPack(saved.packId)
  return {
    auto_top_up_on_expiration: saved.onExpiration,
    auto_top_up_on_insufficient: saved.onInsufficient,
    auto_top_up_credits_pack: pack ? { ...pack } : null,
  }
}

export function topUpSettings(scenario: Scenario): TopUpSettingsJson {
  return toJson(loadTopUpSettings(scenario) ?? defaultTopUp(scenario))
}

/** A pack is valid by id when the plan allows it; the saved copy is always the catalogue's. */
function allowedPack(account: AccountJson, id: unknown): CreditPackJson | undefined {
  return account.plan?.allowed_credits_packs?.find((pack) => pack.id === id)
}

const isObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body)

/** PUT /account/credits/top-up/settings/ */
export function updateTopUpSettings(scenario: Scenario, account: AccountJson, body: unknown): ApiAnswer {
  if (!isObject(body)) return badRequest({ non_field_errors: [notADictionary(body)] })
  const parsed = topUpSettingsRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(toFieldErrors(parsed.error.issues, body))
  const request = parsed.data
  const pack = request.auto_top_up_credits_pack && allowedPack(account, request.auto_top_up_credits_pack.id)
  if (request.auto_top_up_credits_pack && !pack) {
    return badRequest({ auto_top_up_credits_pack: ['Select a valid credits pack.'] })
  }
  if ((request.auto_top_up_on_expiration || request.auto_top_up_on_insufficient) && !pack) {
    return badRequest({ non_field_errors: ['A credits pack is required when auto top-up is enabled.'] })
  }
  const saved: SavedTopUp = {
    onExpiration: request.auto_top_up_on_expiration,
    onInsufficient: request.auto_top_up_on_insufficient,
    packId: pack ? pack.id : null,
  }
  saveTopUpSettings(scenario, saved)
  return { status: 201, body: toJson(saved) }
}

/** POST /account/credits/top-up/: charges the pack (always paid in the demo) and credits the ledger. */
export function buyCreditsPack(
  scenario: Scenario,
  account: AccountJson,
  body: unknown,
  now: Date,
): ApiAnswer {
  if (!isObject(body)) return badRequest({ non_field_errors: [notADictionary(body)] })
  const parsed = purchaseRequestSchema.safeParse(body)
  if (!parsed.success) return badRequest(toFieldErrors(parsed.error.issues, body))
  const pack = allowedPack(account, parsed.data.pack_id)
  if (!pack) return badRequest({ pack_id: ['Select a valid credits pack.'] })
  if (account.status === 'cancelled') {
    return badRequest({ non_field_errors: ['Credits cannot be bought on a cancelled subscription.'] })
  }
  const price = Number(pack.price)
  const credits = Number(pack.pack_amount)
  const invoiceId = `demo-inv-${String(countPurchases() + 1).padStart(5, '0')}`
  const date = now.toISOString()
  recordPurchase(scenario, { invoiceId, packId: pack.id, credits, price, timestamp: date })
  const invoice: PurchaseJson = {
    id: invoiceId,
    status: 'paid',
    total: price,
    amount_due: 0,
    amount_paid: price,
    currency_code: pack.currency_code ?? 'EUR',
    pack_id: pack.id,
    credits,
    date,
  }
  return { status: 201, body: invoice }
}
