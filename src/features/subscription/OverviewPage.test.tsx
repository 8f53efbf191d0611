import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

const heading = () => screen.findByRole('heading', { level: 1, name: /plan/ })
const badge = async (name: string | RegExp) => expect(await heading()).toHaveAccessibleName(name)
const card = (name: string) => screen.getByRole('article', { name })

// The route loads the page lazily; load it once up front so no test waits on a cold import.
beforeAll(() => import('./OverviewPage'))

describe('overview: credits and usage', () => {
  it('shows the balance, on hold and total, and credits used this period and the last, linked to the ledger', async () => {
    renderApp('/')
    await heading()
    const credits = card('Credits')
    expect(await within(credits).findByText(/^[\d,]+ on hold · [\d,]+ in total$/)).toBeInTheDocument()
    expect(within(credits).getByText('credits available')).toBeInTheDocument()
    const period = card('Used this period')
    expect(await within(period).findByText(/^Last period: [\d,]+ credits$/)).toBeInTheDocument()
    const link = within(period).getByRole('link', { name: 'View this period' })
    const params = new URL(link.getAttribute('href') ?? '', 'http://x').searchParams
    expect(link.getAttribute('href')).toMatch(/^\/usage\?/)
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(params.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(params.get('operation')).toBe('used')
    expect(within(period).getByRole('link', { name: 'View last period' })).toHaveAttribute(
      'href',
      expect.stringMatching(/operation=used/),
    )
  })

  it('auto top-up: says when it buys and which pack, with a link to change it', async () => {
    renderApp('/')
    await heading()
    const topUp = card('Auto top-up')
    expect(await within(topUp).findByText('when the balance runs out')).toBeInTheDocument()
    expect(within(topUp).getByText('500 credits · €450.00')).toBeInTheDocument()
    expect(within(topUp).getByRole('link', { name: 'Change auto top-up' })).toHaveAttribute(
      'href',
      '/settings/top-up',
    )
  })

  it('a slow usage request does not hold up the plan, the details or the packs', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get('*/account/credits/usage/', async () => {
        await held
        return HttpResponse.json({ count: 0, page_total: 1, page: 1, length: 1, results: [] })
      }),
    )
    renderApp('/')
    await badge('Pro plan Active')
    expect(screen.getByRole('region', { name: 'Billing details' })).toHaveTextContent('€2,495.00')
    expect(await screen.findAllByRole('button', { name: /^Buy / })).toHaveLength(3)
    expect(within(card('Credits')).getByRole('status', { name: 'Loading credits' })).toBeInTheDocument()
    expect(
      within(card('Used this period')).getByRole('status', { name: 'Loading credits used this period' }),
    ).toBeInTheDocument()
    release()
    expect(await within(card('Credits')).findByText('No credit activity yet.')).toBeInTheDocument()
  })

  it('a failing usage request shows its own error; the rest of the page still loads', async () => {
    server.use(
      http.get('*/account/credits/usage/', () =>
        HttpResponse.json({ detail: 'Ledger unavailable.' }, { status: 500 }),
      ),
    )
    renderApp('/')
    expect(await heading()).toHaveTextContent('Pro plan')
    expect(await within(card('Credits')).findByRole('alert')).toHaveTextContent('Ledger unavailable.')
    expect(screen.getAllByRole('button', { name: /^Buy / })).toHaveLength(3)
  })
})
