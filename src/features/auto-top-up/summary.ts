import type { CreditPack } from '../../api/types'
import { formatCredits, formatMoney } from '../../lib/format'
import type { TopUpFormValues } from './schema'

/**
 * What the settings on screen will do, in one plain sentence: "When your balance can't cover a scan,
 * we'll buy 500 credits for €450.00."
 */
export function describeTopUp(
  values: TopUpFormValues,
  allowedPacks: readonly CreditPack[],
  { cancelled = false }: { cancelled?: boolean } = {},
): string {
  if (cancelled) return 'Auto top-up will not run: your subscription is cancelled.'
  const triggers = [
    values.onInsufficient && "your balance can't cover a scan",
    values.onExpiration && 'your purchased credits expire',
  ].filter((trigger) => typeof trigger === 'string')
  if (triggers.length === 0) return "Auto top-up is off: we won't buy credits automatically."
  const when = `When ${triggers.join(' or when ')}`
  const pack = allowedPacks.find((allowed) => allowed.id === values.packId)
  if (!pack) return `${when}, we'll buy the pack you choose below; none is chosen yet.`
  return `${when}, we'll buy ${formatCredits(pack.credits)} for ${formatMoney(pack.price)}.`
}
