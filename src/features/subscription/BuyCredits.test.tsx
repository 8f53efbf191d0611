import '../../test/dialog-polyfill'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

const BUY_PATH = '*/account/credits/top-up/'

/** Records every purchase request; the demo backend still answers unless a test overrides it. */
function recordPurchases() {
  const bodies: unknown[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/account/credits/top-up/')) {
      void request
        .clone()
        .json()
        .then((body) => bodies.push(body))
    }
  })
  return bodies
}

async function availableCredits(): Promise<number> {
  const credits = screen.getByRole('article', { name: 'Credits' })
  const figure = await within(credits).findByText('credits available')
  return Number(figure.parentElement?.firstChild?.textContent?.replace(/\D/g, ''))
}

async function openBuyDialog(name = 'Buy 500 credits for €450.00') {
  const view = renderApp('/')
  const buy = await screen.findByRole('button', { name })
  await view.user.click(buy)
  return { ...view, buy, dialog: await screen.findByRole('dialog', { name: 'Buy 500 credits?' }) }
}

afterEach(() => server.events.removeAllListeners())

// The route loads the page lazily; load it once up front so no test waits on a cold import.
beforeAll(() => import('./OverviewPage'))

describe('buying credits', () => {
  it('confirms pack, credits, price and currency, buys once, shows the invoice and refreshes the balance', async () => {
    const bodies = recordPurchases()
    const { user, buy, dialog } = await openBuyDialog()
    const before = await availableCredits()
    expect(within(dialog).getByText('Pack').nextElementSibling).toHaveTextContent('500 credits')
    expect(within(dialog).getByText('Credits').nextElementSibling).toHaveTextContent('500')
    expect(within(dialog).getByText('Price').nextElementSibling).toHaveTextContent('€450.00')
    expect(within(dialog).getByText('Currency').nextElementSibling).toHaveTextContent('EUR')

    await user.click(within(dialog).getByRole('button', { name: 'Buy for €450.00' }))
    const done = await screen.findByRole('dialog', { name: 'Credits bought' })
    expect(within(done).getByRole('status')).toHaveTextContent('500 credits added to your balance.')
    expect(within(done).getByText('Total').nextElementSibling).toHaveTextContent('€450.00')
    expect(within(done).getByText('Amount due').nextElementSibling).toHaveTextContent('€0.00')
    expect(bodies).toEqual([{ pack_id: 'pack_500' }])
    await waitFor(async () => expect(await availableCredits()).toBe(before + 500))

    await user.click(within(done).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(buy).toHaveFocus()
  })

  it('disables the confirm button and ignores Escape while the purchase is in flight', async () => {
    let release: () => void = () => {}
    const answered = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.post(BUY_PATH, async () => {
        await answered
        return HttpResponse.json(
          { id: 'inv-1', status: 'paid', total: 45000, amount_due: 45000, currency_code: 'EUR' },
          { status: 201 },
        )
      }),
    )
    const { user, dialog } = await openBuyDialog()
    await user.click(within(dialog).getByRole('button', { name: 'Buy for €450.00' }))
    expect(within(dialog).getByRole('button', { name: 'Buying…' })).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled()
    expect(within(dialog).getByRole('status')).toHaveTextContent('Buying 500 credits…')
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    release()
    const done = await screen.findByRole('dialog', { name: 'Credits bought' })
    expect(within(done).getByText('Amount due').nextElementSibling).toHaveTextContent('€450.00')
  })

  it.each([
    [400, { non_field_errors: ['Your card was declined.'] }, 'Your card was declined.'],
    [500, { detail: 'Payment provider unavailable.' }, 'Payment provider unavailable.'],
  ])(
    'on a %i, shows what the server said, says nothing was bought, and does not retry',
    async (status, body, said) => {
      let requests = 0
      server.use(
        http.post(BUY_PATH, () => {
          requests += 1
          return HttpResponse.json(body, { status })
        }),
      )
      const { user, dialog } = await openBuyDialog()
      const before = await availableCredits()
      await user.click(within(dialog).getByRole('button', { name: 'Buy for €450.00' }))
      const alert = await within(dialog).findByRole('alert')
      expect(alert).toHaveTextContent('Nothing was bought.')
      expect(alert).toHaveTextContent(said)
      expect(within(dialog).queryByRole('button', { name: /^Buy/ })).not.toBeInTheDocument()
      expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
      expect(requests).toBe(1)
      expect(await availableCredits()).toBe(before)
    },
  )

  it('Cancel closes without buying and gives focus back to the pack', async () => {
    const bodies = recordPurchases()
    const { user, buy, dialog } = await openBuyDialog()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(buy).toHaveFocus()
    expect(bodies).toEqual([])
  })
})
