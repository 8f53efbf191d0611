import { ApiError } from './errors'
import { createProbelyBackend } from './probely/backend'
import type { BillingBackend } from './types'

/**
 * Which API the dashboard talks to, and with which key. The key lives in memory and in this tab's
 * sessionStorage only (it survives a reload, never the tab): never localStorage, a URL or a log.
 */
export type Connection = { apiUrl: string; apiKey: string; demo: boolean }

const STORAGE_KEY = 'billing:connection'
const listeners = new Set<() => void>()
let current: Connection | null = readStored()
let backend: { connection: Connection; api: BillingBackend } | null = null

function readStored(): Connection | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
    if (stored && typeof stored === 'object' && 'apiUrl' in stored && 'apiKey' in stored) {
      const { apiUrl, apiKey, demo } = stored as Record<string, unknown>
      if (typeof apiUrl === 'string' && typeof apiKey === 'string')
        return { apiUrl, apiKey, demo: demo === true }
    }
  } catch {
    // No sessionStorage (private mode, tests): the connection lives in memory only.
  }
  return null
}

export function getConnection(): Connection | null {
  return current
}

export function setConnection(connection: Connection | null): void {
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

export function backendFor(connection: Connection): BillingBackend {
  return createProbelyBackend(connection.apiUrl, connection.apiKey)
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
