import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import { usageQueries } from '../../api/usage'
import { defaultThreshold, useStoredThreshold } from './low-balance-threshold'

export type LowBalanceThreshold = {
  /** Credits under which the balance is low; null when there is none (no packs and none chosen). */
  threshold: number | null
  /** The user chose it (else it is the smallest pack's credits). */
  chosen: boolean
  /** Still waiting for the subscription to know the default. */
  isPending: boolean
}

export function useLowBalanceThreshold(): LowBalanceThreshold {
  const stored = useStoredThreshold()
  const { data, isPending } = useQuery(accountQueries.subscription())
  if (stored !== null) return { threshold: stored, chosen: true, isPending: false }
  return { threshold: defaultThreshold(data), chosen: false, isPending }
}

/** The available balance is under the threshold: only once both are known. */
export function useIsBalanceLow(): { low: boolean; balance: number | null; threshold: number | null } {
  const { threshold } = useLowBalanceThreshold()
  const { data: latest } = useQuery(usageQueries.latest())
  const balance = latest ? latest.balance : null
  const low = balance !== null && threshold !== null && threshold > 0 && balance < threshold
  return { low, balance, threshold }
}
