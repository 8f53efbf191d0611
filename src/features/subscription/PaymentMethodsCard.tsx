import type { PaymentMethod } from '../../api/types'
import { brandName, cardExpiry, expiryText, ordered, type CardExpiry } from './payment-methods'

const flags: Partial<Record<CardExpiry, { tone: 'danger' | 'warning'; icon: string; text: string }>> = {
  expired: { tone: 'danger', icon: '✕', text: 'Expired' },
  soon: { tone: 'warning', icon: '!', text: 'Expires soon' },
}

/** The cards on file: which is charged, and which have expired or soon will. */
export function PaymentMethodsCard({ methods }: { methods: readonly PaymentMethod[] }) {
  const list = ordered(methods)
  const defaultExpired = list.some((method) => method.isDefault && cardExpiry(method) === 'expired')
  return (
    <section className="card payment-methods" aria-labelledby="payment-methods-title">
      <h2 id="payment-methods-title" className="card__title">
        Payment methods
      </h2>
      {list.length === 0 ? (
        <p className="muted">No payment method on file: renewals cannot be charged.</p>
      ) : (
        <ul className="payment-methods__list">
          {list.map((method, index) => (
            <PaymentMethodItem key={method.id ?? index} method={method} />
          ))}
        </ul>
      )}
      {defaultExpired && (
        <p className="payment-methods__warning">
          <span aria-hidden="true">! </span>The default card has expired: the next charge will fail until it
          is replaced.
        </p>
      )}
    </section>
  )
}

function PaymentMethodItem({ method }: { method: PaymentMethod }) {
  const flag = flags[cardExpiry(method)]
  return (
    <li className="payment-method">
      <span className="payment-method__name">
        {brandName(method.brand)} <span aria-hidden="true">•••• </span>
        <span className="visually-hidden">ending in </span>
        {method.last4 ?? '—'}
      </span>
      <span className="muted payment-method__expiry">Expires {expiryText(method)}</span>
      <span className="payment-method__badges">
        {method.isDefault && <span className="badge">Default</span>}
        {flag && (
          <span className={`badge status-badge status-badge--${flag.tone}`}>
            <span aria-hidden="true">{flag.icon}</span>
            {flag.text}
          </span>
        )}
      </span>
    </li>
  )
}
