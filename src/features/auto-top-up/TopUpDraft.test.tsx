import { screen, waitFor, within } from '@testing-library/react'
import { getConnection } from '../../api/connection'
import { renderApp } from '../../test/render'
import { DRAFT_KEY } from './draft'
import { answerNextSave, recordSaves } from './test-server'

const INSUFFICIENT = "Buy credits when my balance can't cover a scan"
const EXPIRATION = 'Buy credits when my purchased credits expire'

async function openAndEdit() {
  const view = renderApp('/settings/top-up')
  await view.user.click(await screen.findByRole('switch', { name: EXPIRATION }))
  await view.user.click(screen.getByRole('radio', { name: /^1,000 credits/ }))
  return view
}

describe('auto top-up: unsaved changes', () => {
  it('keeps the draft through a 401: reconnecting brings the edited values back', async () => {
    answerNextSave(401, { detail: 'Token has expired.' })
    const bodies = recordSaves()
    const { user, router } = await openAndEdit()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Connect to your billing API' }),
    ).toBeVisible()
    expect(screen.getByText(/Your session ended: Token has expired\./)).toBeInTheDocument()
    expect(getConnection()).toBeNull()
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('pack_1000')

    await user.clear(screen.getByLabelText('API URL'))
    await user.type(screen.getByLabelText('API URL'), '/demo-api')
    await user.type(screen.getByLabelText('API key'), 'demo-key')
    await user.click(screen.getByRole('button', { name: 'Connect' }))

    expect(await screen.findByText(/Restored your unsaved changes\./)).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/settings/top-up')
    expect(screen.getByRole('switch', { name: INSUFFICIENT })).toBeChecked()
    expect(screen.getByRole('switch', { name: EXPIRATION })).toBeChecked()
    expect(screen.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()

    const save = screen.getByRole('button', { name: 'Save changes' })
    await waitFor(() => expect(save).toBeEnabled())
    await user.click(save)
    await screen.findByText('Your auto top-up settings are saved.')
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toEqual(bodies[0])
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull()
  })

  it('asks before leaving with unsaved changes, and stays when asked to', async () => {
    const { user, router } = await openAndEdit()
    const nav = screen.getByRole('navigation', { name: 'Primary' })
    await user.click(within(nav).getByRole('link', { name: 'Overview' }))

    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' })
    const stay = within(dialog).getByRole('button', { name: 'Stay on this page' })
    expect(stay).toHaveFocus()
    await user.click(stay)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe('/settings/top-up')
    expect(screen.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()

    await user.click(within(nav).getByRole('link', { name: 'Overview' }))
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull()
  })

  it('leaves without asking when nothing changed', async () => {
    const { user, router } = renderApp('/settings/top-up')
    await screen.findByRole('switch', { name: EXPIRATION })
    await user.click(
      within(screen.getByRole('navigation', { name: 'Primary' })).getByRole('link', { name: 'Usage' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/usage'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
