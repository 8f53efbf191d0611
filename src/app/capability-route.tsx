import type { AsyncRouteComponent } from '@tanstack/react-router'
import { getBackendInfo } from '../api/connection'
import type { Capabilities } from '../api/types'
import { useBackendInfo } from '../api/use-backend-info'
import { Unavailable, type UnavailableTopic } from './Unavailable'

type Choice = {
  /** The capability the page needs; 'always' for the fallback. */
  needs: keyof Capabilities | 'always'
  component: AsyncRouteComponent<unknown>
}

/**
 * A route's component for the backend in use: the first choice whose capability it has, else a page
 * explaining that this API has no such thing (a deep link must not end in an error). Each choice's code
 * loads only when chosen, and switching backends in the demo re-chooses without a reload.
 */
export function byCapability(topic: UnavailableTopic | null, choices: readonly Choice[]) {
  const pick = (capabilities: Capabilities) =>
    choices.find(({ needs }) => needs === 'always' || capabilities[needs])
  function CapabilityRoute() {
    const backend = useBackendInfo()
    const choice = pick(backend.capabilities)
    if (!choice) return topic ? <Unavailable topic={topic} backend={backend} /> : null
    const Chosen = choice.component
    return <Chosen />
  }
  // The router preloads a route's code before rendering it: only the chosen page's.
  CapabilityRoute.preload = async () => {
    await pick(getBackendInfo().capabilities)?.component.preload?.()
  }
  return CapabilityRoute
}
