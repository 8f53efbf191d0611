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
})

export const operationLabel = labeller({
  used: 'Used',
  purchased: 'Purchased',
  earned: 'Earned',
  expired: 'Expired',
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
