import { z } from 'zod/mini'
import type { CreditPack } from '../../api/types'

export const PACK_REQUIRED = 'Choose a pack to buy when auto top-up runs.'
export const PACK_UNAVAILABLE = 'This pack is not available on your plan. Choose another pack.'

/** What the form edits. `packId` is '' when no pack is chosen: radios hold strings, never null. */
export const topUpFormShape = z.object({
  onInsufficient: z.boolean(),
  onExpiration: z.boolean(),
  packId: z.string(),
})
export type TopUpFormValues = z.infer<typeof topUpFormShape>

export const topUpFieldNames = ['onInsufficient', 'onExpiration', 'packId'] as const
export type TopUpFieldName = (typeof topUpFieldNames)[number]

/**
 * The rules of the form, for the packs the plan allows: a pack is required as soon as either switch
 * is on (auto top-up must know what to buy), and it must be one the plan still sells.
 */
export function createTopUpSchema(allowedPacks: readonly CreditPack[]) {
  const allowed = new Set(allowedPacks.map((pack) => pack.id))
  return topUpFormShape.check(
    z.superRefine((values, context) => {
      if (values.packId === '') {
        if (values.onInsufficient || values.onExpiration) {
          context.addIssue({ code: 'custom', path: ['packId'], message: PACK_REQUIRED })
        }
      } else if (!allowed.has(values.packId)) {
        context.addIssue({ code: 'custom', path: ['packId'], message: PACK_UNAVAILABLE })
      }
    }),
  )
}
