import { useSyncExternalStore } from 'react'
import { getBackendInfo, subscribeConnection } from './connection'
import type { BackendInfo } from './types'

/** The backend in use, re-rendering when the connection changes (the demo bar can switch it). */
export function useBackendInfo(): BackendInfo {
  return useSyncExternalStore(subscribeConnection, getBackendInfo, getBackendInfo)
}
