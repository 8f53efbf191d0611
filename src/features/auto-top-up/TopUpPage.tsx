import { useQuery } from '@tanstack/react-query'
import { accountQueries } from '../../api/account'
import { topUpQueries } from '../../api/top-up'
import type { CreditPack } from '../../api/types'
import { ErrorPanel } from '../../components/ErrorPanel'
import { Skeleton } from '../../components/Skeleton'
import { TopUpForm } from './TopUpForm'
import './top-up.css'

const NO_PACKS: readonly CreditPack[] = []

/** Fetches what the form needs (saved settings, the plan's packs); the form edits. */
export function TopUpPage() {
  const settings = useQuery(topUpQueries.settings())
  const subscription = useQuery(accountQueries.subscription())

  let content
  if (settings.error) {
    content = (
      <ErrorPanel
        error={settings.error}
        what="the auto top-up settings"
        onRetry={() => void settings.refetch()}
      />
    )
  } else if (subscription.error) {
    content = (
      <ErrorPanel
        error={subscription.error}
        what="your plan's credit packs"
        onRetry={() => void subscription.refetch()}
      />
    )
  } else if (settings.isPending || subscription.isPending) {
    content = (
      <div className="top-up" aria-busy="true">
        <Skeleton height="7.5rem" label="Loading auto top-up settings" />
        <Skeleton height="9rem" />
        <Skeleton height="11rem" />
      </div>
    )
  } else {
    content = (
      <TopUpForm
        settings={settings.data}
        packs={subscription.data.plan?.creditPacks ?? NO_PACKS}
        cancelled={subscription.data.status === 'cancelled'}
      />
    )
  }

  return (
    <div className="page top-up-page">
      <header className="page-header">
        <h1>Auto top-up</h1>
        <p className="muted">Buy credits automatically, so scans keep running when credits run low.</p>
      </header>
      {content}
    </div>
  )
}
