import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setScenario } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { creditPacks } from '../../mocks/probely/account'
import { renderApp } from '../../test/render'
import { THRESHOLD_KEY } from './low-balance-threshold'

// The route loads the page lazily; load it once up front so no test waits on a cold import.
beforeAll(() => import('./OverviewPage'))

const notice = () => screen.queryByRole('note', { name: 'Low balance' })

describe('low-balance warning', () => {
  it('warns below the smallest pack by default, and offers to buy or set up auto top-up', async () => {
    setScenario('low-balance')
    const { user } = renderApp('/')
    const warning = await screen.findByRole('note', { name: 'Low balance' })
    expect(warning).toHaveTextContent('37 credits available, below your warning level of 100 credits.')
    expect(within(warning).getByRole('link', { name: 'Set up auto top-up' })).toHaveAttribute(
      'href',
      '/settings/top-up',
    )
    expect(within(screen.getByRole('article', { name: 'Credits' })).getByText('Low')).toBeInTheDocument()
    await user.click(within(warning).getByRole('button', { name: 'Buy credits' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Buy credits' })).toHaveFocus()
  })

  it('says what auto top-up will do when it covers the shortfall, and links to change it', async () => {
    setScenario('low-balance')
    server.use(
      http.get('*/account/credits/top-up/settings/', () =>
        HttpResponse.json({
          auto_top_up_on_expiration: false,
          auto_top_up_on_insufficient: true,
          auto_top_up_credits_pack: creditPacks[1],
        }),
      ),
    )
    renderApp('/')
    const warning = await screen.findByRole('note', { name: 'Low balance' })
    expect(
      await within(warning).findByText(
        /Auto top-up will buy 500 credits · €450\.00 when a scan cannot be covered\./,
      ),
    ).toBeInTheDocument()
    expect(within(warning).getByRole('link', { name: 'Change auto top-up' })).toHaveAttribute(
      'href',
      '/settings/top-up',
    )
    expect(within(warning).getByRole('button', { name: 'Buy credits' })).toBeInTheDocument()
  })

  it('stays quiet on a healthy balance', async () => {
    renderApp('/')
    expect(await screen.findByText('Warn me below 100 credits')).toBeInTheDocument()
    expect(await within(screen.getByRole('article', { name: 'Credits' })).findByText(/on hold/)).toBeVisible()
    expect(notice()).not.toBeInTheDocument()
  })

  it('lets the user move the warning level, keeps it in localStorage, and 0 turns it off', async () => {
    setScenario('low-balance')
    const { user } = renderApp('/')
    await screen.findByRole('note', { name: 'Low balance' })

    await user.click(screen.getByRole('button', { name: 'Change low-balance warning' }))
    const input = screen.getByLabelText('Warn me when available credits fall below')
    expect(input).toHaveValue(100)
    await user.clear(input)
    await user.type(input, '20{Enter}')
    expect(localStorage.getItem(THRESHOLD_KEY)).toBe('20')
    expect(screen.getByText('Warn me below 20 credits')).toBeInTheDocument()
    expect(notice()).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Change low-balance warning' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Change low-balance warning' }))
    await user.clear(screen.getByLabelText('Warn me when available credits fall below'))
    await user.type(screen.getByLabelText('Warn me when available credits fall below'), '0')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByText('No low-balance warning')).toBeInTheDocument()
    expect(localStorage.getItem(THRESHOLD_KEY)).toBe('0')
  })

  it('refuses a level that is not a whole number, and Cancel keeps the old one', async () => {
    localStorage.setItem(THRESHOLD_KEY, '500')
    const { user } = renderApp('/')
    expect(await screen.findByText('Warn me below 500 credits')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Change low-balance warning' }))
    const input = screen.getByLabelText('Warn me when available credits fall below')
    await user.clear(input)
    await user.type(input, '12.5{Enter}')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(/whole number of credits/)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByText('Warn me below 500 credits')).toBeInTheDocument()
    expect(localStorage.getItem(THRESHOLD_KEY)).toBe('500')
  })
})
