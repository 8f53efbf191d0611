import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { ErrorPanel } from '../components/ErrorPanel'
import { Skeleton } from '../components/Skeleton'

/** What went wrong, with Retry that resets both the router's and the query cache's error state. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryReset = useQueryErrorResetBoundary()
  useEffect(() => queryReset.reset(), [queryReset])
  return (
    <div className="page">
      <ErrorPanel
        error={error}
        onRetry={() => {
          reset()
          void router.invalidate()
        }}
      />
    </div>
  )
}

export function RoutePending() {
  return (
    <div className="page" aria-busy="true">
      <Skeleton width="12rem" height="2rem" label="Loading page" />
      <Skeleton height="8rem" />
    </div>
  )
}

export function NotFound() {
  return (
    <main id="main" className="page">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link to="/">Go to the overview</Link>
    </main>
  )
}
