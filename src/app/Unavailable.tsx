import { Link } from '@tanstack/react-router'
import type { BackendInfo } from '../api/types'

export type UnavailableTopic = 'usage' | 'top-up'

const titles: Record<UnavailableTopic, string> = {
  usage: 'Credit usage',
  'top-up': 'Auto top-up',
}

const missing: Record<UnavailableTopic, string> = {
  usage: 'has no list of credit movements to show here',
  'top-up': 'has no automatic top-up settings',
}

/**
 * What a deep link to a page the connected API cannot serve shows: which API, what it lacks, and where
 * the closest thing is. Not an error: nothing failed, the page just does not exist for this API.
 */
export function Unavailable({ topic, backend }: { topic: UnavailableTopic; backend: BackendInfo }) {
  const { capabilities, name } = backend
  return (
    <div className="page unavailable">
      <header className="page-header">
        <h1>{titles[topic]}</h1>
      </header>
      <div className="empty unavailable__body">
        <p>
          <strong>Not available with {name}.</strong> The {name} billing API {missing[topic]}, so this page is
          left out of the navigation.
        </p>
        {capabilities.seats && topic === 'usage' && (
          <p>The credits each member used this month are on the overview, with the subscription's credits.</p>
        )}
        {capabilities.creditBuckets && topic === 'top-up' && (
          <p>The credits you have, and when each kind runs out, are on the overview.</p>
        )}
        <p>
          <Link to="/">Go to the overview</Link>
        </p>
      </div>
    </div>
  )
}
