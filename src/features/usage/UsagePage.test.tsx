import { screen, waitFor, within } from '@testing-library/react'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'

/** The query strings the page sent to the usage list. */
function recordUsageRequests() {
  const seen: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/account/credits/usage/')) seen.push(url.searchParams)
  })
  return seen
}

afterEach(() => server.events.removeAllListeners())

const table = () => screen.findByRole('table', { name: /Credit usage entries/ })
const bodyRows = (element: HTMLElement) => within(element).getAllByRole('row').slice(1)

describe('usage page', () => {
  it('shows the newest 25 entries of the last 90 days, with the count, totals and paging', async () => {
    const requests = recordUsageRequests()
    renderApp('/usage')
    expect(bodyRows(await table())).toHaveLength(25)
    expect(screen.getByText(/entries match/)).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent(/Page 1 of \d+/)
    expect(await screen.findByRole('region', { name: 'Totals for the filtered entries' })).toHaveTextContent(
      /Used/,
    )
    const listRequest = requests.find((params) => params.get('length') === '25')
    expect(listRequest?.get('ordering')).toBe('-timestamp')
    expect(listRequest?.get('start_dt')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('filters by operation through the URL, shows a chip, and removes it', async () => {
    const { user, router } = renderApp('/usage?page=2')
    await table()
    await user.click(screen.getByRole('button', { name: 'Operation' }))
    await user.click(screen.getByRole('checkbox', { name: 'Purchased' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?operation=purchased'))
    await waitFor(async () => {
      const cells = bodyRows(await table()).map((row) => within(row).getAllByRole('cell')[2]?.textContent)
      expect(new Set(cells)).toEqual(new Set(['Purchased']))
    })
    await user.click(screen.getByRole('button', { name: 'Remove filter Operation: Purchased' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe(''))
  })

  it('sorts on the server by credits, and a second click reverses it', async () => {
    const requests = recordUsageRequests()
    const { user, router } = renderApp('/usage')
    await table()
    await user.click(screen.getByRole('button', { name: /Credits/ }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?ordering=-amount'))
    expect(screen.getByRole('columnheader', { name: /Credits/ })).toHaveAttribute('aria-sort', 'descending')
    await user.click(screen.getByRole('button', { name: /Credits/ }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?ordering=amount'))
    await waitFor(() => expect(requests.some((params) => params.get('ordering') === 'amount')).toBe(true))
  })

  it('changes the page size and pages forward', async () => {
    const { user, router } = renderApp('/usage')
    await table()
    await user.selectOptions(screen.getByLabelText('Rows per page'), '50')
    await waitFor(async () => expect(bodyRows(await table())).toHaveLength(50))
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?length=50&page=2'))
    expect(screen.getByText(/^51–100 of/)).toBeInTheDocument()
  })

  it('recovers from a page past the end to the last page that exists', async () => {
    const { router } = renderApp('/usage?page=9999')
    await waitFor(() => expect(Number(router.state.location.search.page)).toBeLessThan(9999))
    const page = Number(router.state.location.search.page)
    expect(await screen.findByText(new RegExp(`Page ${page} of ${page}`))).toBeInTheDocument()
  })

  it('shows a filter value the server rejects, removable in one click', async () => {
    const { user, router } = renderApp('/usage?target=no-such-target')
    const alert = await screen
      .findByText(/did not accept these filters/)
      .then((text) => text.closest('[role="alert"]') as HTMLElement)
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(alert).toHaveTextContent(
      'Target: Select a valid choice. no-such-target is not one of the available choices.',
    )
    await user.click(within(alert).getByRole('button', { name: 'Remove target filter' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe(''))
    expect(bodyRows(await table())).toHaveLength(25)
  })

  it('sends the free-text search once typing pauses', async () => {
    const { user, router } = renderApp('/usage')
    await table()
    await user.type(screen.getByRole('searchbox', { name: 'Search descriptions and targets' }), 'blog')
    await waitFor(() => expect(router.state.location.searchStr).toBe('?q=blog'))
    await waitFor(async () => {
      for (const row of bodyRows(await table())) expect(row).toHaveTextContent(/blog/i)
    })
  })

  it('shows hostile descriptions as inert text', async () => {
    renderApp('/usage?q=alert&range=all')
    const element = await table()
    await waitFor(() => expect(element).toHaveTextContent('<script>alert(1)</script>'))
    expect(element.querySelector('script, img')).toBeNull()
  })

  it("expands a row to show the scan's and target's details", async () => {
    const { user } = renderApp('/usage?operation=used')
    const [first] = bodyRows(await table())
    await user.click(within(first!).getByRole('button', { name: 'Show details' }))
    expect(screen.getByRole('region', { name: 'Scan' })).toHaveTextContent(/Findings/)
    expect(screen.getByRole('region', { name: 'Target' })).toHaveTextContent(/URL/)
  })

  it('shows the next page in place of the first, with no details left open from it', async () => {
    const { user, router } = renderApp('/usage')
    const [first] = bodyRows(await table())
    const firstDate = within(first!).getAllByRole('cell')[1]?.textContent
    await user.click(within(first!).getByRole('button', { name: 'Show details' }))
    expect(screen.getByRole('region', { name: 'Scan' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(() => expect(router.state.location.searchStr).toBe('?page=2'))
    await waitFor(async () => expect(bodyRows(await table())[0]).not.toHaveTextContent(firstDate ?? ''))
    const rows = bodyRows(await table())
    expect(rows).toHaveLength(25)
    expect(screen.queryByRole('region', { name: 'Scan' })).not.toBeInTheDocument()
    for (const row of rows) {
      expect(within(row).getByRole('button', { name: 'Show details' })).toHaveAttribute(
        'aria-expanded',
        'false',
      )
    }
  })
})
