import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { accountQueries } from '../../api/account'
import { topUpQueries } from '../../api/top-up'
import { formatCredits } from '../../lib/format'
import { packTitle } from '../../lib/credit-pack'
import { BUY_CREDITS_HEADING_ID } from './BuyCredits'
import { statusView } from './subscription-status'
import { useIsBalanceLow } from './useLowBalance'

/** Focus scrolls the packs into view, and a keyboard or screen reader user lands on them too. */
function goToBuyCredits() {
  document.getElementById(BUY_CREDITS_HEADING_ID)?.focus()
}

/** Shown only while the available balance is under the user's warning level. */
export function LowBalanceNotice() {
  const { low, balance, threshold } = useIsBalanceLow()
  const { data: subscription } = useQuery(accountQueries.subscription())
  const { data: topUp } = useQuery(topUpQueries.settings())
  if (!low || balance === null || threshold === null) return null
  const canBuy = Boolean(
    subscription && statusView(subscription).canBuy && subscription.plan?.creditPacks.length,
  )
  const topUpCovers = topUp?.onInsufficient && topUp.pack
  return (
    <div className="notice notice--warning low-balance" role="note" aria-label="Low balance">
      <p>
        <span aria-hidden="true" className="low-balance__icon">
          !
        </span>{' '}
        <strong>Low balance:</strong> {formatCredits(balance)} available, below your warning level of{' '}
        {formatCredits(threshold)}.
        {topUpCovers && topUp.pack && (
          <> Auto top-up will buy {packTitle(topUp.pack)} when a scan cannot be covered.</>
        )}
      </p>
      {canBuy && (
        <div className="low-balance__actions">
          <button type="button" className="button button--small button--primary" onClick={goToBuyCredits}>
            Buy credits
          </button>
          <Link to="/settings/top-up" className="button button--small">
            {topUp && (topUp.onInsufficient || topUp.onExpiration)
              ? 'Change auto top-up'
              : 'Set up auto top-up'}
          </Link>
        </div>
      )}
    </div>
  )
}
