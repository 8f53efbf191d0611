import { screen, within } from '@testing-library/react'
import { setConnection } from '../../api/connection'
import { demoConnectionFor } from '../../mocks/demo-state'
import { renderApp } from '../../test/render'

function renderMembers(path = '/') {
  setConnection(demoConnectionFor('neo', false))
  return renderApp(path, { connected: false })
}

const emails = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)

describe('credits by member', () => {
  it('lists each member closest to their limit first, warning from 80 % and marking 100 %', async () => {
    renderMembers()
    const table = await screen.findByRole('table', { name: /Credits each member used/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(8)
    expect(rows[0]).toHaveTextContent(/^maria\.silva@acme\.exampleActive5005000/)
    expect(
      within(rows[0]!).getByRole('meter', { name: 'Usage of maria.silva@acme.example' }),
    ).toHaveAttribute('aria-valuetext', '100% used, limit reached')
    expect(within(rows[0]!).getByText('Limit reached')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('Near limit')).toBeInTheDocument()
    expect(within(rows[2]!).queryByText(/limit/i)).not.toBeInTheDocument()
    expect(rows[7]).toHaveTextContent(/^ivy\.chen@acme\.exampleInvited/)
    expect(screen.getByRole('columnheader', { name: /Usage/ })).toHaveAttribute('aria-sort', 'descending')
  })

  it('sorts by a column and reverses on a second click, keeping the order in the URL', async () => {
    const { user, router } = renderMembers()
    const table = await screen.findByRole('table', { name: /Credits each member used/ })
    await user.click(within(table).getByRole('button', { name: 'Member' }))
    expect(emails(table)[0]).toBe('dev.patel@acme.example')
    expect(router.state.location.search).toEqual({ memberSort: 'email' })
    await user.click(within(table).getByRole('button', { name: /Member/ }))
    expect(emails(table)[0]).toBe('yuki.tanaka@acme.example')
    expect(within(table).getByRole('columnheader', { name: /Member/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
    await user.click(within(table).getByRole('button', { name: 'Remaining' }))
    expect(emails(table)[0]).toBe('ivy.chen@acme.example')
  })

  it('finds members by email, from a link too', async () => {
    const { user, router } = renderMembers('/?member=acme.example&memberSort=email')
    const table = await screen.findByRole('table', { name: /sorted by member/ })
    expect(emails(table)).toHaveLength(8)
    const search = screen.getByLabelText('Search members')
    await user.clear(search)
    await user.type(search, 'NOAH')
    expect(emails(table)).toEqual(['noah.berg@acme.example'])
    expect(screen.getByText('1 of 8 members match “NOAH”.')).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ member: 'NOAH', memberSort: 'email' })
  })
})
