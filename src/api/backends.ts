import { convisoInfo } from './conviso/info'
import { neoInfo } from './neo/info'
import { probelyInfo } from './probely/info'
import type { BackendId, BackendInfo } from './types'

/** Every backend the dashboard speaks to, described without loading any of its code. */
export const backends: Readonly<Record<BackendId, BackendInfo>> = {
  probely: probelyInfo,
  neo: neoInfo,
  conviso: convisoInfo,
}

export const backendIds = Object.keys(backends) as BackendId[]

export function parseBackendId(value: unknown): BackendId | null {
  return typeof value === 'string' && Object.hasOwn(backends, value) ? (value as BackendId) : null
}

/** `VITE_BACKEND` chooses the backend a build offers first; Probely when unset or unknown. */
export const presetBackend: BackendId = parseBackendId(import.meta.env.VITE_BACKEND) ?? 'probely'
