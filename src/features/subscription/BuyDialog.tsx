import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { describeError } from '../../api/describe-error'
import { isUnreadableSuccess } from '../../api/errors'
import { topUpMutations } from '../../api/top-up'
import type { CreditPack, Purchase } from '../../api/types'
import { Dialog } from '../../components/Dialog'
import { formatCredits, formatMoney, formatNumber } from '../../lib/format'
import { humanize } from '../../lib/labels'

type BuyDialogProps = { pack: CreditPack | null; returnFocusTo: HTMLElement | null; onClose: () => void }

/**
 * Confirms a purchase, then says how it went. The purchase is sent once, on the confirm button, and never
 * retried (a repeat could charge twice); while it is in flight the dialog cannot be dismissed, so its
 * outcome is always seen. The mutation refreshes the balance and usage itself.
 */
export function BuyDialog({ pack, returnFocusTo, onClose }: BuyDialogProps) {
  const { mutate, reset, status, data, error } = useMutation(topUpMutations.buyPack())
  const closeRef = useRef<HTMLButtonElement>(null)
  const pending = status === 'pending'
  const done = status === 'success' || status === 'error'

  useEffect(() => {
    if (done) closeRef.current?.focus()
  }, [done])

  const title = !pack ? '' : status === 'success' ? 'Credits bought' : `Buy ${formatCredits(pack.credits)}?`
  return (
    <Dialog
      open={pack !== null}
      dismissible={!pending}
      returnFocusTo={returnFocusTo}
      title={title}
      className="buy-dialog"
      onClose={() => {
        reset()
        onClose()
      }}
    >
      {pack && (
        <>
          <p role="status" className={status === 'success' ? 'buy-dialog__done' : 'visually-hidden'}>
            {pending
              ? `Buying ${formatCredits(pack.credits)}…`
              : status === 'success'
                ? `${formatCredits(pack.credits)} added to your balance.`
                : ''}
          </p>
          {status === 'success' ? <PurchaseResult purchase={data} /> : <PackFacts pack={pack} />}
          {status === 'error' && <PurchaseError error={error} />}
          <div className="dialog__actions">
            {done ? (
              <button ref={closeRef} type="button" className="button" onClick={onClose}>
                Close
              </button>
            ) : (
              <>
                <button type="button" className="button" disabled={pending} onClick={onClose}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={pending}
                  onClick={() => mutate(pack.id)}
                >
                  {pending ? 'Buying…' : `Buy for ${formatMoney(pack.price)}`}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </Dialog>
  )
}

function PackFacts({ pack }: { pack: CreditPack }) {
  return (
    <>
      <dl className="facts">
        <dt>Pack</dt>
        <dd>{pack.name || formatCredits(pack.credits)}</dd>
        <dt>Credits</dt>
        <dd>{formatNumber(pack.credits)}</dd>
        <dt>Price</dt>
        <dd>{formatMoney(pack.price)}</dd>
        <dt>Currency</dt>
        <dd>{pack.price.currency ?? '—'}</dd>
      </dl>
      <p className="muted">
        The credits are added to your balance right away, and {formatMoney(pack.price)} is charged to your
        account.
      </p>
    </>
  )
}

function PurchaseResult({ purchase }: { purchase: Purchase }) {
  return (
    <dl className="facts">
      <dt>Total</dt>
      <dd>{formatMoney(purchase.total)}</dd>
      <dt>Amount due</dt>
      <dd>{formatMoney(purchase.amountDue)}</dd>
      {purchase.status && (
        <>
          <dt>Invoice status</dt>
          <dd>{humanize(purchase.status)}</dd>
        </>
      )}
      {purchase.id && (
        <>
          <dt>Invoice</dt>
          <dd>{purchase.id}</dd>
        </>
      )}
    </dl>
  )
}

function PurchaseError({ error }: { error: unknown }) {
  const { title, message, details } = describeError(error)
  const uncertain = isUnreadableSuccess(error)
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        {uncertain ? 'The purchase may have gone through.' : 'Nothing was bought.'} {title}.
      </p>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-panel__details">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        {uncertain
          ? 'Check your balance and invoices before buying again, so the pack is not bought twice.'
          : 'No credits were added and nothing was charged.'}
      </p>
    </div>
  )
}
