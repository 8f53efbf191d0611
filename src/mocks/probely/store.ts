import { z } from 'zod'
import type { Scenario } from '../demo-state'

/**
 * What the visitor changed in the demo, kept in localStorage so it survives reloads: the saved auto top-up
 * settings and the packs bought, per scenario (each scenario is its own account). Anything unreadable
 * (no storage, quota, corrupt or old JSON) falls back to "nothing changed" rather than breaking the demo.
 */

const STORAGE_KEY = 'billing-demo:v1'

const purchaseRecord = z.object({
  invoiceId: z.string(),
  packId: z.string(),
  credits: z.number().int().positive(),
  price: z.number().int(),
  /** ISO date-time of the purchase; its usage row carries the same timestamp. */
  timestamp: z.string(),
})
export type DemoPurchase = z.infer<typeof purchaseRecord>

/** Settings are kept by pack id, so the pack shown is always the catalogue's, never a stale copy. */
const savedTopUp = z.object({
  onExpiration: z.boolean(),
  onInsufficient: z.boolean(),
  packId: z.string().nullable(),
})
export type SavedTopUp = z.infer<typeof savedTopUp>

const scenarioState = z.object({
  topUpSettings: savedTopUp.optional().catch(undefined),
  purchases: z.array(purchaseRecord).catch([]),
})
type ScenarioState = z.infer<typeof scenarioState>

const storeSchema = z.object({ scenarios: z.record(z.string(), scenarioState.catch({ purchases: [] })) })
type Store = z.infer<typeof storeSchema>

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

function readStore(): Store {
  try {
    const text = storage()?.getItem(STORAGE_KEY)
    if (!text) return { scenarios: {} }
    const parsed = storeSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : { scenarios: {} }
  } catch {
    return { scenarios: {} }
  }
}

function writeStore(store: Store): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(store))
  } catch {
    // Quota or blocked storage: the change lasts until the next read, which is acceptable for a demo.
  }
}

function readScenario(scenario: Scenario): ScenarioState {
  return readStore().scenarios[scenario] ?? { purchases: [] }
}

function updateScenario(scenario: Scenario, change: (state: ScenarioState) => ScenarioState): void {
  const store = readStore()
  store.scenarios[scenario] = change(store.scenarios[scenario] ?? { purchases: [] })
  writeStore(store)
}

/** The settings last saved in this scenario, or null when the visitor has saved none. */
export function loadTopUpSettings(scenario: Scenario): SavedTopUp | null {
  return readScenario(scenario).topUpSettings ?? null
}

export function saveTopUpSettings(scenario: Scenario, settings: SavedTopUp): void {
  updateScenario(scenario, (state) => ({ ...state, topUpSettings: settings }))
}

/** Packs bought in this scenario, oldest first. */
export function loadPurchases(scenario: Scenario): DemoPurchase[] {
  return readScenario(scenario).purchases
}

export function recordPurchase(scenario: Scenario, purchase: DemoPurchase): void {
  updateScenario(scenario, (state) => ({ ...state, purchases: [...state.purchases, purchase] }))
}

/** Every purchase in every scenario: invoice numbers count across the whole demo. */
export function countPurchases(): number {
  return Object.values(readStore().scenarios).reduce((sum, state) => sum + state.purchases.length, 0)
}

/** "Reset demo data": forget every saved setting and purchase. */
export function resetDemoData(): void {
  try {
    storage()?.removeItem(STORAGE_KEY)
  } catch {
    // Nothing to reset if storage is unavailable.
  }
}
