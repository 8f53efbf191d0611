import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { accountQueries } from '../../api/account'
import type { CreditPack } from '../../api/types'
import { Skeleton } from '../../components/Skeleton'
import { packDeal, packUnitPrice } from '../../lib/credit-pack'
import { formatCredits, formatMoney } from '../../lib/format'
import { statusView } from './subscription-status'

// Most visits never buy: the dialog and its mutation load with the first Buy, not with the page.
const BuyDialog = lazy(() => import('./BuyDialog').then((module) => ({ default: module.BuyDialog })))
const loadBuyDialog = () => void import('./BuyDialog')

export const BUY_CREDITS_HEADING_ID = 'buy-credits-title'

/** The packs the plan allows, cheapest first, each with its deal and a Buy button that asks first. */
export function BuyCredits() {
  const { data, isPending, isError } = useQuery(accountQueries.subscription())
  const [selected, setSelected] = useState<{ pack: CreditPack; opener: HTMLElement } | null>(null)
  // Once opened, the dialog stays mounted so closing it can hand focus back to the button.
  const [dialogUsed, setDialogUsed] = useState(false)
  const packs = [...(data?.plan?.creditPacks ?? [])].sort((a, b) => a.credits - b.credits)
  const canBuy = data ? statusView(data).canBuy : false
  return (
    <section className="buy-credits" aria-labelledby={BUY_CREDITS_HEADING_ID}>
      <h2 id={BUY_CREDITS_HEADING_ID} tabIndex={-1}>
        Buy credits
      </h2>
      {isPending ? (
        <ul className="packs" aria-hidden="true">
          {[0, 1, 2].map((key) => (
            <li key={key} className="card pack">
              <Skeleton width="7rem" height="1.25rem" />
              <Skeleton width="9rem" height="1.3125rem" />
              <Skeleton width="6rem" height="2.25rem" />
              <Skeleton width="8rem" height="1.5rem" />
              <Skeleton width="4rem" height="36px" />
            </li>
          ))}
        </ul>
      ) : isError ? (
        <p className="muted">Not available: the subscription did not load.</p>
      ) : !canBuy ? (
        <p className="muted">Credits cannot be bought on a cancelled subscription.</p>
      ) : packs.length === 0 ? (
        <p className="muted">Your plan has no credit packs to buy.</p>
      ) : (
        <ul className="packs">
          {packs.map((pack) => (
            <PackCard
              key={pack.id}
              pack={pack}
              onBuy={(opener) => {
                setDialogUsed(true)
                setSelected({ pack, opener })
              }}
            />
          ))}
        </ul>
      )}
      {dialogUsed && (
        <Suspense fallback={null}>
          <BuyDialog
            pack={selected?.pack ?? null}
            returnFocusTo={selected?.opener ?? null}
            onClose={() => setSelected(null)}
          />
        </Suspense>
      )}
    </section>
  )
}

function PackCard({ pack, onBuy }: { pack: CreditPack; onBuy: (opener: HTMLElement) => void }) {
  const deal = packDeal(pack)
  return (
    <li className="card pack">
      <h3 className="pack__title">{formatCredits(pack.credits)}</h3>
      <p className={deal ? 'pack__deal' : 'pack__deal pack__deal--none'}>{deal ?? 'Base price'}</p>
      <p className="card__figure">{formatMoney(pack.price)}</p>
      <p className="muted">{packUnitPrice(pack)}</p>
      <p>
        <button
          type="button"
          className="button button--primary"
          aria-label={`Buy ${formatCredits(pack.credits)} for ${formatMoney(pack.price)}`}
          onPointerEnter={loadBuyDialog}
          onFocus={loadBuyDialog}
          onClick={(event) => onBuy(event.currentTarget)}
        >
          Buy
        </button>
      </p>
    </li>
  )
}
