import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setScenario } from '../../mocks/demo-state'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render'
import { answerNextSave, failNextSaveOnTheNetwork, recordSaves, SETTINGS_PATH } from './test-server'

const INSUFFICIENT = "Buy credits when my balance can't cover a scan"
const EXPIRATION = 'Buy credits when my purchased credits expire'

async function openPage() {
  const view = renderApp('/settings/top-up')
  await screen.findByRole('switch', { name: INSUFFICIENT })
  const save = screen.getByRole('button', { name: 'Save changes' })
  return { ...view, save }
}

describe('auto top-up settings', () => {
  it('shows the saved settings, the balance and what they will do', async () => {
    const { save } = await openPage()
    expect(screen.getByRole('switch', { name: INSUFFICIENT })).toBeChecked()
    expect(screen.getByRole('switch', { name: EXPIRATION })).not.toBeChecked()
    const packs = screen.getByRole('group', { name: 'Pack to buy' })
    expect(within(packs).getByRole('radio', { name: /^500 credits/ })).toBeChecked()
    expect(within(packs).getByRole('radio', { name: /^1,000 credits/ })).toHaveAccessibleDescription(
      /−20% · save €200\.00.*€0\.80 per credit/,
    )
    const summary = screen.getByRole('region', { name: 'Current balance' })
    expect(await within(summary).findByText(/^[\d,]+ credits$/)).toBeInTheDocument()
    expect(screen.getByText(/When your balance can't cover a scan, we'll buy 500 credits for €450\.00\./))
    expect(save).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled()
  })

  it('saves the changes (201): says so and becomes clean with what the server returned', async () => {
    const bodies = recordSaves()
    const { user, save } = await openPage()
    await user.click(screen.getByRole('switch', { name: EXPIRATION }))
    await user.click(screen.getByRole('radio', { name: /^1,000 credits/ }))
    expect(screen.getByText(/or when your purchased credits expire, we'll buy 1,000 credits for €800\.00/))
    await user.click(save)

    const saved = await screen.findByText('Your auto top-up settings are saved.')
    expect(saved).toHaveFocus()
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      auto_top_up_on_insufficient: true,
      auto_top_up_on_expiration: true,
      auto_top_up_credits_pack: { id: 'pack_1000', pack_amount: 1000, price: 80000, currency_code: 'EUR' },
    })
    expect(save).toBeDisabled()
    expect(screen.getByRole('switch', { name: EXPIRATION })).toBeChecked()
    expect(screen.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()
  })

  it('keeps both switches off with no pack (sent as null), and needs a pack once a switch is on', async () => {
    const bodies = recordSaves()
    const { user, save } = await openPage()
    await user.click(screen.getByRole('switch', { name: INSUFFICIENT }))
    await user.click(screen.getByRole('radio', { name: /No pack/ }))
    expect(screen.getByText("Auto top-up is off: we won't buy credits automatically.", { exact: false }))

    await user.click(screen.getByRole('switch', { name: EXPIRATION }))
    expect(screen.getByRole('group', { name: 'Pack to buy' })).toHaveAccessibleDescription(
      /Choose a pack to buy when auto top-up runs\./,
    )
    expect(save).toBeDisabled()

    await user.click(screen.getByRole('switch', { name: EXPIRATION }))
    expect(save).toBeEnabled()
    await user.click(save)
    await screen.findByText('Your auto top-up settings are saved.')
    expect(bodies).toEqual([
      {
        auto_top_up_on_insufficient: false,
        auto_top_up_on_expiration: false,
        auto_top_up_credits_pack: null,
      },
    ])
  })

  it('discards the changes back to the saved settings', async () => {
    const { user, save } = await openPage()
    await user.click(screen.getByRole('radio', { name: /^100 credits/ }))
    expect(save).toBeEnabled()
    await user.click(screen.getByRole('button', { name: 'Discard changes' }))
    expect(screen.getByRole('radio', { name: /^500 credits/ })).toBeChecked()
    expect(save).toBeDisabled()
    await waitFor(() => expect(screen.getByRole('switch', { name: INSUFFICIENT })).toHaveFocus())
  })

  it('puts 400 field errors at their fields and moves focus to the first', async () => {
    answerNextSave(400, {
      auto_top_up_credits_pack: ['Select a valid credits pack.'],
      auto_top_up_on_expiration: ['Expiry top-up is not available on this plan.'],
    })
    const bodies = recordSaves()
    const { user, save } = await openPage()
    await user.click(screen.getByRole('switch', { name: EXPIRATION }))
    await user.click(save)

    const expiration = screen.getByRole('switch', { name: EXPIRATION })
    await waitFor(() => expect(expiration).toHaveFocus())
    expect(expiration).toHaveAccessibleDescription(/Expiry top-up is not available on this plan\./)
    expect(screen.getByRole('group', { name: 'Pack to buy' })).toHaveAccessibleDescription(
      /Select a valid credits pack\./,
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(save).toBeDisabled()

    await user.click(screen.getByRole('radio', { name: /^1,000 credits/ }))
    expect(screen.queryByText('Select a valid credits pack.')).not.toBeInTheDocument()
    await user.click(expiration)
    await user.click(expiration)
    await user.click(save)
    await screen.findByText('Your auto top-up settings are saved.')
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toMatchObject({ auto_top_up_credits_pack: { id: 'pack_1000' } })
  })

  it('puts 400 non_field_errors at the top of the form and moves focus there', async () => {
    answerNextSave(400, { non_field_errors: ['A credits pack is required when auto top-up is enabled.'] })
    const { user, save } = await openPage()
    await user.click(screen.getByRole('radio', { name: /^100 credits/ }))
    await user.click(save)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your changes were not saved.')
    expect(alert).toHaveTextContent('A credits pack is required when auto top-up is enabled.')
    await waitFor(() => expect(alert).toHaveFocus())
    expect(screen.getByRole('radio', { name: /^100 credits/ })).toBeChecked()
  })

  it('keeps every input after a 500, and Retry sends them again', async () => {
    answerNextSave(500, { detail: 'Unexpected error while handling your request.' })
    const bodies = recordSaves()
    const { user, save } = await openPage()
    await user.click(screen.getByRole('switch', { name: EXPIRATION }))
    await user.click(screen.getByRole('radio', { name: /^100 credits/ }))
    await user.click(save)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/not saved: the server had a problem/)
    expect(alert).toHaveTextContent('Unexpected error while handling your request.')
    expect(screen.getByRole('switch', { name: EXPIRATION })).toBeChecked()
    expect(screen.getByRole('radio', { name: /^100 credits/ })).toBeChecked()

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await screen.findByText('Your auto top-up settings are saved.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toEqual(bodies[0])
  })

  it('says so when the API cannot be reached, and keeps the inputs', async () => {
    failNextSaveOnTheNetwork()
    const { user, save } = await openPage()
    await user.click(screen.getByRole('radio', { name: /^1,000 credits/ }))
    await user.click(save)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/Could not reach the API/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()
    expect(save).toBeEnabled()
  })

  it('shows a saved pack the plan no longer sells as no longer available, and asks for a new one', async () => {
    server.use(
      http.get(SETTINGS_PATH, () =>
        HttpResponse.json({
          auto_top_up_on_insufficient: true,
          auto_top_up_on_expiration: false,
          auto_top_up_credits_pack: {
            id: 'pack_2000',
            name: '2,000 credits',
            price: 150000,
            currency_code: 'EUR',
            pack_amount: 2000,
            discount: 25,
            savings: 50000,
          },
        }),
      ),
    )
    const bodies = recordSaves()
    const { user, save } = await openPage()
    const packs = screen.getByRole('group', { name: 'Pack to buy' })
    expect(packs).toHaveAccessibleDescription(/No longer available: your saved pack, 2,000 credits/)
    expect(await within(packs).findByText('Choose a pack to buy when auto top-up runs.')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await user.click(screen.getByRole('radio', { name: /^500 credits/ }))
    await user.click(save)
    await screen.findByText('Your auto top-up settings are saved.')
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({
      auto_top_up_on_insufficient: true,
      auto_top_up_credits_pack: { id: 'pack_500' },
    })
  })

  it('says auto top-up will not run on a cancelled subscription, with the form disabled', async () => {
    setScenario('cancelled')
    await openPage()
    expect(screen.getByText(/so auto top-up will not run/)).toBeInTheDocument()
    expect(screen.getByText('Auto top-up will not run: your subscription is cancelled.')).toBeInTheDocument()
    expect(screen.getByRole('switch', { name: INSUFFICIENT })).toBeDisabled()
    expect(screen.getByRole('switch', { name: EXPIRATION })).toBeDisabled()
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled()
  })
})
