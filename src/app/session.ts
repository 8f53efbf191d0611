import type { QueryClient } from '@tanstack/react-query'
import { getConnection, setConnection, type Connection } from '../api/connection'
import type { BackendId } from '../api/types'

/**
 * What the connection screen needs to know after a rejected key: why, and which API (URL, kind, company)
 * to offer again. Kept in memory only; the key itself is dropped.
 */
type Rejection = { message: string; apiUrl: string; backend?: BackendId; companyId?: string }
let lastRejection: Rejection | null = null

export function takeRejection() {
  return lastRejection
}

/** Forget the key after a 401 but remember where it was used, so reconnecting is one field. */
export function dropRejectedConnection(message: string): void {
  const connection = getConnection()
  lastRejection = {
    message,
    apiUrl: connection?.apiUrl ?? '',
    backend: connection?.backend,
    companyId: connection?.companyId,
  }
  setConnection(null)
}

/**
 * Connecting to a different API throws the old cache away; reconnecting to the same one (after an
 * expired key) keeps it and refetches, so nothing on screen jumps back to a skeleton.
 */
export function connect(connection: Connection, queryClient: QueryClient): void {
  const previous = lastRejection ?? getConnection()
  lastRejection = null
  setConnection(connection)
  const same =
    previous?.apiUrl === connection.apiUrl &&
    (previous.backend ?? 'probely') === connection.backend &&
    (previous.companyId ?? '') === (connection.companyId ?? '')
  if (same) {
    // A failed query keeps its error through a remount (retryOnMount: false): those that failed with the
    // old key (a block the route does not prefetch, such as the usage totals) start again from scratch.
    const failed = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.state.status === 'error' })
    failed.forEach((query) => query.reset())
    void queryClient.invalidateQueries()
  } else queryClient.clear()
}

/** Only same-app paths: a redirect parameter must never send the user (or the key) elsewhere. */
export function safeRedirect(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/connect')) return '/'
  return value
}
