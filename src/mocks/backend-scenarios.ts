import type { ScenarioInfo } from './demo-state'

/** The demos of the other backends, beside the Probely one (demo-state.ts); ids are shared where they mean the same. */
const failing = (name: string): ScenarioInfo[] => [
  { id: 'slow', label: 'Slow network', description: 'Every request takes about two seconds.' },
  { id: 'server-errors', label: 'Server errors', description: `Every request to ${name} fails.` },
  { id: 'expired-key', label: 'Expired key', description: 'Every request is refused: the key has expired.' },
]

/** ProjectDiscovery Neo: the subscription's states, its seats and its credit buckets. */
export const neoScenarios: readonly ScenarioInfo[] = [
  {
    id: 'healthy',
    label: 'Healthy',
    description: 'An active 8-seat subscription, paid by card, with top-up credits.',
  },
  {
    id: 'pending-change',
    label: 'Downgrade scheduled',
    description: 'Down to 5 seats at renewal: three members will lose their seat.',
  },
  {
    id: 'cancelling',
    label: 'Cancelling',
    description: 'Cancelled at the end of the period: it will not renew.',
  },
  { id: 'past-due', label: 'Past due', description: 'The last charge failed: the default card has expired.' },
  { id: 'incomplete', label: 'Incomplete', description: 'The first payment is waiting for the card holder.' },
  { id: 'cancelled', label: 'Canceled', description: 'The subscription has ended; top-up credits remain.' },
  { id: 'no-subscription', label: 'No subscription', description: 'The account never subscribed.' },
  {
    id: 'low-balance',
    label: 'Low balance',
    description: 'Most members near or over their allotment; top-up credits spent.',
  },
  ...failing('Neo'),
]

/** Conviso Platform: execution credits per credit type and their transactions. */
export const convisoScenarios: readonly ScenarioInfo[] = [
  {
    id: 'healthy',
    label: 'Healthy',
    description: 'AI Pentest and DAST credits renewing monthly, with six months of transactions.',
  },
  {
    id: 'low-balance',
    label: 'Low balance',
    description: 'One AI Pentest credit left; DAST credits used up.',
  },
  { id: 'no-credits', label: 'No credits', description: 'The company has no execution credits.' },
  { id: 'heavy', label: 'Heavy usage', description: 'Thousands of transactions over two years.' },
  ...failing('Conviso'),
]
