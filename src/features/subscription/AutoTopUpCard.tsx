import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { topUpQueries } from '../../api/top-up'
import type { TopUpSettings } from '../../api/types'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { packTitle } from '../../lib/credit-pack'

/** When credits are bought automatically, or null when they are not. */
export function autoTopUpWhen({ onInsufficient, onExpiration }: TopUpSettings): string | null {
  if (onInsufficient && onExpiration) return 'when the balance runs out and when credits expire'
  if (onInsufficient) return 'when the balance runs out'
  if (onExpiration) return 'when purchased credits expire'
  return null
}

/** Whether credits are bought automatically, which pack, and the way to change it. */
export function AutoTopUpCard() {
  const { data, error, refetch, isPending } = useQuery(topUpQueries.settings())
  const when = data ? autoTopUpWhen(data) : null
  const on = when !== null
  return (
    <article className="card overview-card" aria-labelledby="top-up-card-title">
      <h2 id="top-up-card-title" className="card__title">
        Auto top-up
      </h2>
      {isPending ? (
        <>
          <Skeleton width="14rem" height="1.5rem" label="Loading auto top-up" />
          <Skeleton width="10rem" height="1.5rem" />
        </>
      ) : error ? (
        <ErrorPanel error={error} what="the auto top-up settings" onRetry={() => void refetch()} />
      ) : (
        <>
          <p className="top-up-summary">
            <span className={`badge status-badge status-badge--${on ? 'success' : 'neutral'}`}>
              <span aria-hidden="true">{on ? '✓' : '–'}</span>
              {on ? 'On' : 'Off'}
            </span>{' '}
            {when ?? 'Credits are not bought automatically'}
          </p>
          {on && <p className="muted">{data.pack ? packTitle(data.pack) : 'No pack chosen'}</p>}
        </>
      )}
      <p className="overview-card__action">
        <Link to="/settings/top-up">{on ? 'Change auto top-up' : 'Set up auto top-up'}</Link>
      </p>
    </article>
  )
}
