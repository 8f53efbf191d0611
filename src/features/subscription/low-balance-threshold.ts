import { useSyncExternalStore } from 'react'
import type { Subscription } from '../../api/types'

/**
 * The balance under which the overview warns: a personal preference, not a secret, so it lives in
 * localStorage (per browser, for every account). Until the user picks one, the warning fires below the
 * smallest pack the plan can buy: the least that one purchase would add. 0 turns the warning off.
 */
export const THRESHOLD_KEY = 'billing:low-balance-threshold'
export const MAX_THRESHOLD = 1_000_000_000

const listeners = new Set<() => void>()
/** Where the setting lives when storage is blocked. */
let memory: number | null = null

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

/** A whole number of credits from 0 up, or null for anything else. */
export function parseThreshold(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) return null
  const number = Number(value)
  return number <= MAX_THRESHOLD ? number : null
}

export function readThreshold(): number | null {
  try {
    return parseThreshold(storage()?.getItem(THRESHOLD_KEY))
  } catch {
    return null
  }
}

export function writeThreshold(value: number): void {
  try {
    storage()?.setItem(THRESHOLD_KEY, String(value))
  } catch {
    // Storage full or blocked: the setting lasts until the page closes.
    memory = value
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === THRESHOLD_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const snapshot = () => readThreshold() ?? memory

/** The threshold the user chose, or null when they have not chosen one. */
export function useStoredThreshold(): number | null {
  return useSyncExternalStore(subscribe, snapshot, () => null)
}

/** The smallest pack's credits, or null when the plan lists no packs (older servers may not). */
export function defaultThreshold(subscription: Subscription | undefined): number | null {
  const credits = subscription?.plan?.creditPacks.map((pack) => pack.credits).filter((n) => n > 0) ?? []
  return credits.length ? Math.min(...credits) : null
}
