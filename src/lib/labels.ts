/**
 * Readable words for API enums. A value the API adds later is shown as it came, tidied
 * ("under_review" → "Under review"), never as an error.
 */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown'
}

function labeller(known: Record<string, string>) {
  return (value: string | null | undefined): string => (value ? (known[value] ?? humanize(value)) : 'Unknown')
}

export const statusLabel = labeller({
  future: 'Starts soon',
  in_trial: 'Trial',
  active: 'Active',
  non_renewing: 'Ending',
  cancelled: 'Cancelled',
  // Neo (Stripe's statuses), and a backend's answer that there is no subscription at all.
  past_due: 'Past due',
  canceled: 'Canceled',
  incomplete: 'Incomplete',
  none: 'No subscription',
})

export const operationLabel = labeller({
  used: 'Used',
  purchased: 'Purchased',
  earned: 'Earned',
  expired: 'Expired',
  refunded: 'Refunded',
})

/** Conviso's execution credit types; a type added later shows by its name. */
export const creditTypeLabel = labeller({
  AI_PENTEST: 'AI Pentest',
  DAST: 'DAST',
})

export const scanStatusLabel = labeller({
  canceled: 'Canceled',
  canceling: 'Canceling',
  completed: 'Completed',
  completed_with_errors: 'Completed with errors',
  failed: 'Failed',
  paused: 'Paused',
  pausing: 'Pausing',
  queued: 'Queued',
  resuming: 'Resuming',
  started: 'Running',
  under_review: 'Under review',
  finishing_up: 'Finishing up',
})

export const chargeModelLabel = labeller({
  per_unit: 'Per unit',
  flat_fee: 'Flat fee',
  volume: 'Volume',
  tiered: 'Tiered',
})
