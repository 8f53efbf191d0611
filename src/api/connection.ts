import { backends, parseBackendId, presetBackend } from './backends'
import { convisoInfo } from './conviso/info'
import { ApiError } from './errors'
import { lazyBackend } from './lazy-backend'
import { neoInfo } from './neo/info'
import { createProbelyBackend } from './probely/backend'
import type { BackendId, BackendInfo, BillingBackend, Capabilities } from './types'

/**
 * Which API the dashboard talks to, of which kind, and with which key. The key lives in memory and in
 * this tab's sessionStorage only (it survives a reload, never the tab): never localStorage, a URL or a log.
 */
export type Connection = {
  apiUrl: string
  apiKey: string
  demo: boolean
  backend: BackendId
  /** The company (scope) every Conviso request names. */
  companyId?: string
}

/** A connection as callers write it: without a backend it is Probely, as every connection once was. */
export type ConnectionInput = Omit<Connection, 'backend'> & { backend?: BackendId }

function normalise({ backend, companyId, ...rest }: ConnectionInput): Connection {
  return { ...rest, backend: backend ?? 'probely', ...(companyId ? { companyId } : {}) }
}

const STORAGE_KEY = 'billing:connection'
const listeners = new Set<() => void>()
let current: Connection | null = readStored()
let backend: { connection: Connection; api: BillingBackend } | null = null

function readStored(): Connection | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
    if (stored && typeof stored === 'object' && 'apiUrl' in stored && 'apiKey' in stored) {
      const { apiUrl, apiKey, demo, backend, companyId } = stored as Record<string, unknown>
      if (typeof apiUrl === 'string' && typeof apiKey === 'string')
        return normalise({
          apiUrl,
          apiKey,
          demo: demo === true,
          backend: parseBackendId(backend) ?? 'probely',
          companyId: typeof companyId === 'string' ? companyId : undefined,
        })
    }
  } catch {
    // No sessionStorage (private mode, tests): the connection lives in memory only.
  }
  return null
}

export function getConnection(): Connection | null {
  return current
}

export function setConnection(input: ConnectionInput | null): void {
  const connection = input && normalise(input)
  current = connection
  try {
    if (connection) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(connection))
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Memory only.
  }
  listeners.forEach((listener) => listener())
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Neo and Conviso load their code on first use; Probely, the default, is in the main bundle. */
export function backendFor(input: ConnectionInput): BillingBackend {
  const connection = normalise(input)
  switch (connection.backend) {
    case 'neo':
      return lazyBackend(neoInfo, () => import('./neo/backend').then((m) => m.createNeoBackend(connection)))
    case 'conviso':
      return lazyBackend(convisoInfo, () =>
        import('./conviso/backend').then((m) => m.createConvisoBackend(connection)),
      )
    case 'probely':
      return createProbelyBackend(connection.apiUrl, connection.apiKey)
  }
}

/** The backend in use, or the one this build offers first when there is no connection yet. */
export function getBackendInfo(): BackendInfo {
  return backends[current?.backend ?? presetBackend]
}

/** Whether the backend in use offers something: loaders and routes ask before they request it. */
export function offers(capability: keyof Capabilities): boolean {
  return getBackendInfo().capabilities[capability]
}

/** The backend of the current connection; a request without one fails like a rejected key. */
export function getBackend(): BillingBackend {
  if (!current) throw new ApiError('unauthorized', 'Connect to an API first.', 401)
  if (backend?.connection !== current) backend = { connection: current, api: backendFor(current) }
  return backend.api
}

/**
 * An API URL is absolute (the API must allow CORS from this origin) or a same-origin path behind a
 * reverse proxy. Keys must not cross the network in clear text, so a remote API needs https.
 */
export function validateApiUrl(value: string): string | null {
  const text = value.trim()
  if (!text) return 'Enter the API URL, for example https://api.example.com or /api.'
  if (text.startsWith('/')) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'Enter a full URL starting with https://, or a path on this site starting with /.'
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return null
  return 'Use https:// for an API that is not on this computer: the key must not travel unencrypted.'
}
