import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { usageQueries } from '../../api/usage'
import type { CreditPack } from '../../api/types'
import { Skeleton } from '../../components/Skeleton'
import { formatCredits } from '../../lib/format'
import type { TopUpFormValues } from './schema'
import { describeTopUp } from './summary'

type TopUpSummaryProps = {
  control: Control<TopUpFormValues>
  packs: readonly CreditPack[]
  cancelled: boolean
  dirty: boolean
}

/** The current balance beside what the settings on screen will do, updated as they change. */
export function TopUpSummary({ control, packs, cancelled, dirty }: TopUpSummaryProps) {
  const values = useWatch({ control }) as TopUpFormValues
  const titleId = useId()
  return (
    <section className="card top-up__summary" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        Current balance
      </h2>
      <CurrentBalance />
      <p className="top-up__sentence" aria-live="polite">
        {describeTopUp(values, packs, { cancelled })}
        {dirty && !cancelled && <span className="muted"> (once you save)</span>}
      </p>
    </section>
  )
}

function CurrentBalance() {
  const { data, isPending, error, refetch } = useQuery(usageQueries.latest())
  if (isPending) return <Skeleton width="10rem" height="2.25rem" label="Loading the current balance" />
  if (error) {
    return (
      <p className="top-up__balance-error">
        The balance could not be loaded.{' '}
        <button type="button" className="button button--small" onClick={() => void refetch()}>
          Retry
        </button>
      </p>
    )
  }
  return <p className="card__figure">{formatCredits(data?.balance ?? 0)}</p>
}
