import { useQuery } from '@tanstack/react-query'
import { Link, Outlet } from '@tanstack/react-router'
import { useState } from 'react'
import { accountQueries } from '../api/account'
import type { Capabilities, Subscription } from '../api/types'
import { useBackendInfo } from '../api/use-backend-info'
import { formatNumber } from '../lib/format'
import { statusLabel } from '../lib/labels'

import DemoBar from './DemoBar'

/** Each page, shown when the backend offers any of what it needs. */
const navigation: readonly {
  to: '/' | '/usage' | '/settings/top-up'
  label: string
  needs?: (keyof Capabilities)[]
}[] = [
  { to: '/', label: 'Overview' },
  { to: '/usage', label: 'Usage', needs: ['usageLedger', 'usageTransactions'] },
  { to: '/settings/top-up', label: 'Auto top-up', needs: ['topUpSettings'] },
]

export function AppLayout() {
  const [menuOpen, setMenuOpen] = useState(false)
  const { capabilities } = useBackendInfo()
  const pages = navigation.filter(({ needs }) => !needs || needs.some((need) => capabilities[need]))
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand" aria-label="Billing home">
            <span aria-hidden="true" className="brand__mark">
              ◆
            </span>{' '}
            Billing
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="primary-navigation"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
          <nav id="primary-navigation" aria-label="Primary" className="primary-nav" data-open={menuOpen}>
            <ul>
              {pages.map(({ to, label }) => (
                <li key={to}>
                  <Link
                    to={to}
                    activeOptions={{ exact: true, includeSearch: false }}
                    activeProps={{ 'aria-current': 'page' }}
                    onClick={() => setMenuOpen(false)}
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <AccountSummary />
        </div>
      </header>
      {/* Statically false in a live build, which then has no demo bar nor anything it imports. In the
          demo it is part of the first paint: a bar that arrived later would push the page down. */}
      {import.meta.env.MODE === 'demo' && <DemoBar />}
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}

/** The plan's name, or its seats when it has no name (Neo). */
function planName({ plan, seats }: Subscription): string {
  if (plan) return plan.name ?? 'No plan'
  if (seats?.seats !== undefined)
    return `${formatNumber(seats.seats)} ${seats.seats === 1 ? 'seat' : 'seats'}`
  return 'No plan'
}

/** "Pro · Active" in the header (the API's name without a subscription); it never blocks the page. */
function AccountSummary() {
  const { capabilities, name } = useBackendInfo()
  const { data } = useQuery({ ...accountQueries.subscription(), enabled: capabilities.subscription })
  if (!capabilities.subscription) return <span className="account-summary">{name}</span>
  if (!data) return <span className="account-summary" aria-hidden="true" />
  return (
    <span className="account-summary">
      {data.status === 'none' ? 'No subscription' : `${planName(data)} · ${statusLabel(data.status)}`}
    </span>
  )
}
