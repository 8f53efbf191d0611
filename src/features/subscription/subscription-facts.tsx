import type { ReactNode } from 'react'
import type { Subscription } from '../../api/types'
import { DateTime } from '../../components/DateTime'
import { formatMoney, formatNumber } from '../../lib/format'
import { chargeModelLabel, humanize } from '../../lib/labels'
import { planDeal, planPrice, scanProfileLabel } from './plan-summary'

/**
 * One line of a details card. `shown` marks a line that exists only when the server says something worth
 * flagging (a plan discount, Heroku billing); every other line is always there, "—" when the server is silent.
 */
export type Fact = {
  term: string
  value: (s: Subscription) => ReactNode
  shown?: (s: Subscription) => boolean
}

export const DASH = '—'

const orDash = (text: string | null | undefined) => text || DASH
const count = (value: number | undefined) => (value === undefined ? DASH : formatNumber(value))
const onOff = (value: boolean | undefined, on: string, off: string) =>
  value === undefined ? DASH : value ? on : off
/** Nothing more is billed once a subscription stops renewing. */
const ending = (status: string) => status === 'non_renewing' || status === 'cancelled'

export const planFacts: Fact[] = [
  { term: 'Family', value: ({ plan }) => (plan?.family ? humanize(plan.family) : DASH) },
  {
    term: 'Charge model',
    value: ({ plan }) => (plan?.chargeModel ? chargeModelLabel(plan.chargeModel) : DASH),
  },
  { term: 'Price', value: ({ plan }) => orDash(plan && planPrice(plan)) },
  {
    term: 'Plan discount',
    value: ({ plan }) => orDash(plan && planDeal(plan)),
    shown: ({ plan }) => Boolean(plan && planDeal(plan)),
  },
  { term: 'Trial plan', value: ({ plan }) => onOff(plan?.isTrial, 'Yes', 'No') },
  {
    term: 'Scan profiles',
    value: ({ plan }) =>
      plan?.allowedScanProfiles?.length ? plan.allowedScanProfiles.map(scanProfileLabel).join(', ') : DASH,
  },
]

export const billingFacts: Fact[] = [
  {
    term: 'Next billing date',
    value: ({ nextBillingAt, status }) =>
      nextBillingAt === null || status === 'cancelled' ? (
        'None'
      ) : nextBillingAt === undefined ? (
        DASH
      ) : status === 'non_renewing' ? (
        <>
          None · access ends <DateTime value={nextBillingAt} dateOnly />
        </>
      ) : (
        <DateTime value={nextBillingAt} dateOnly />
      ),
  },
  {
    term: 'Next billing amount',
    value: ({ nextBillingAmount, status }) =>
      ending(status) ? 'None' : nextBillingAmount ? formatMoney(nextBillingAmount) : DASH,
  },
  { term: 'Plan amount', value: ({ planAmount }) => (planAmount ? formatMoney(planAmount) : DASH) },
  {
    term: 'Auto-collection',
    value: ({ autoCollection }) =>
      onOff(autoCollection, 'On · charged automatically', 'Off · invoiced, paid manually'),
  },
  {
    term: 'Account balance',
    value: ({ accountBalance }) => (accountBalance ? formatMoney(accountBalance) : DASH),
  },
  { term: 'Billed through', value: () => 'Heroku', shown: ({ heroku }) => heroku === true },
]

export const capacityFacts: Fact[] = [
  { term: 'Subscribed targets', value: ({ targetQuantity }) => count(targetQuantity) },
  { term: 'Pool size', value: ({ poolSize }) => count(poolSize) },
  {
    term: 'Free slots for unlimited-scan targets',
    value: ({ availableSlots }) => (availableSlots === null ? 'Not applicable' : count(availableSlots)),
  },
]
