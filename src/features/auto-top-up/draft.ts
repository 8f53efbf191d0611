import { z } from 'zod/mini'
import { topUpFormShape, type TopUpFormValues } from './schema'

/**
 * The unsaved form, kept in this tab's sessionStorage while it differs from the saved settings, so an
 * expired key (a trip to the connection screen) or a reload does not throw the user's edits away.
 * Tied to the API it was made for: a draft never crosses into another account.
 */
export const DRAFT_KEY = 'billing:top-up-draft'

const draftSchema = z.object({ apiUrl: z.string(), values: topUpFormShape })

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

export function readDraft(apiUrl: string | undefined): TopUpFormValues | null {
  if (apiUrl === undefined) return null
  try {
    const parsed = draftSchema.safeParse(JSON.parse(storage()?.getItem(DRAFT_KEY) ?? 'null'))
    return parsed.success && parsed.data.apiUrl === apiUrl ? parsed.data.values : null
  } catch {
    return null
  }
}

export function writeDraft(apiUrl: string | undefined, values: TopUpFormValues): void {
  if (apiUrl === undefined) return
  try {
    storage()?.setItem(DRAFT_KEY, JSON.stringify({ apiUrl, values }))
  } catch {
    // Storage full or blocked: the draft lives only as long as the page, as it would without this.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY)
  } catch {
    // Nothing stored.
  }
}

export function sameValues(a: TopUpFormValues, b: TopUpFormValues): boolean {
  return a.onInsufficient === b.onInsufficient && a.onExpiration === b.onExpiration && a.packId === b.packId
}
