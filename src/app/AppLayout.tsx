import { useQuery } from '@tanstack/react-query'
import { Link, Outlet } from '@tanstack/react-router'
import { lazy, Suspense, useState } from 'react'
import { accountQueries } from '../api/account'
import { statusLabel } from '../lib/labels'

// Statically null in a live build: the demo bar and everything it imports stay out of it.
const DemoBar = import.meta.env.MODE === 'demo' ? lazy(() => import('./DemoBar')) : null

const navigation = [
  { to: '/', label: 'Overview' },
  { to: '/usage', label: 'Usage' },
  { to: '/settings/top-up', label: 'Auto top-up' },
] as const

export function AppLayout() {
  const [menuOpen, setMenuOpen] = useState(false)
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
              {navigation.map(({ to, label }) => (
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
      {DemoBar && (
        <Suspense fallback={<div className="demo-bar" aria-hidden="true" />}>
          <DemoBar />
        </Suspense>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}

/** "Pro · Active" in the header; it waits quietly and never blocks the page. */
function AccountSummary() {
  const { data } = useQuery(accountQueries.subscription())
  if (!data) return <span className="account-summary" aria-hidden="true" />
  return (
    <span className="account-summary">
      {data.plan?.name ?? 'No plan'} · {statusLabel(data.status)}
    </span>
  )
}
