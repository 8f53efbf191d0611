import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const INSUFFICIENT = "Buy credits when my balance can't cover a scan"
const EXPIRATION = 'Buy credits when my purchased credits expire'

async function openTopUp(page: Page, query = '') {
  await page.goto(`/settings/top-up${query}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Auto top-up' })).toBeVisible()
  // The first load also starts the demo's service worker: allow it more than the default.
  await expect(page.getByRole('switch', { name: INSUFFICIENT })).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0)
}

test.describe('auto top-up settings', () => {
  test('changes and saves the settings; a reload shows what was saved', async ({ page }) => {
    await openTopUp(page)
    await expectNoAxeViolations(page)
    const save = page.getByRole('button', { name: 'Save changes' })
    await expect(save).toBeDisabled()

    await page.getByText(EXPIRATION).click()
    await page.getByRole('radio', { name: /^1,000 credits/ }).check()
    await expect(page.getByText(/we'll buy 1,000 credits for €800\.00/)).toBeVisible()
    await expect(page.getByText('You have unsaved changes.')).toBeVisible()
    await save.click()

    await expect(
      page.getByRole('status').filter({ hasText: 'Your auto top-up settings are saved.' }),
    ).toBeFocused()
    await expect(save).toBeDisabled()
    await expectNoAxeViolations(page)

    await page.reload()
    await openTopUp(page)
    await expect(page.getByRole('switch', { name: INSUFFICIENT })).toBeChecked()
    await expect(page.getByRole('switch', { name: EXPIRATION })).toBeChecked()
    await expect(page.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()
    await expect(page.getByText('Restored your unsaved changes', { exact: false })).toHaveCount(0)
  })

  test('says what is missing, at the pack chooser', async ({ page }) => {
    await openTopUp(page)
    const packs = page.getByRole('group', { name: 'Pack to buy' })
    await packs.getByRole('radio', { name: /No pack/ }).check()
    await expect(packs.getByText('Choose a pack to buy when auto top-up runs.')).toBeVisible()
    await expect(packs).toHaveAccessibleDescription(/Choose a pack to buy when auto top-up runs\./)
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled()
    await expect(page.getByText('Fix the problem shown above to save.')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByText(INSUFFICIENT).click()
    await expect(packs.getByText('Choose a pack to buy when auto top-up runs.')).toHaveCount(0)
    await expect(page.getByText("Auto top-up is off: we won't buy credits automatically.")).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled()
  })

  test('asks before leaving with unsaved changes', async ({ page }) => {
    await openTopUp(page)
    await page.getByRole('radio', { name: /^100 credits/ }).check()
    const nav = page.getByRole('navigation', { name: 'Primary' })

    await nav.getByRole('link', { name: 'Overview' }).click()
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(/\/settings\/top-up$/)
    await expect(page.getByRole('radio', { name: /^100 credits/ })).toBeChecked()

    // A reload asks the browser to confirm; the draft comes back after it.
    let asked = ''
    page.once('dialog', (confirm) => {
      asked = confirm.type()
      void confirm.accept()
    })
    await page.reload()
    expect(asked).toBe('beforeunload')
    await openTopUp(page)
    await expect(page.getByText('Restored your unsaved changes', { exact: false })).toBeVisible()
    await expect(page.getByRole('radio', { name: /^100 credits/ })).toBeChecked()

    await nav.getByRole('link', { name: 'Overview' }).click()
    await page.getByRole('button', { name: 'Leave without saving' }).click()
    await expect(page).toHaveURL(/:\d+\/$/)
    await expect(page.getByRole('heading', { level: 1, name: /Pro/ })).toBeVisible()
    await nav.getByRole('link', { name: 'Auto top-up' }).click()
    await expect(page.getByRole('radio', { name: /^500 credits/ })).toBeChecked()
    await expect(page.getByText('Restored your unsaved changes', { exact: false })).toHaveCount(0)
  })

  test('works with the keyboard alone', async ({ page }) => {
    await openTopUp(page)
    const first = page.getByRole('switch', { name: INSUFFICIENT })
    for (
      let presses = 0;
      presses < 40 && !(await first.evaluate((el) => el === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab')
    }
    await expect(first).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('switch', { name: EXPIRATION })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(page.getByRole('switch', { name: EXPIRATION })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('radio', { name: /^500 credits/ })).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: /^1,000 credits/ })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('status').filter({ hasText: 'Your auto top-up settings are saved.' }),
    ).toBeFocused()
  })

  test('a cancelled subscription: auto top-up will not run and the form is disabled', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await openTopUp(page, '?scenario=cancelled')
    await expect(page.getByText('Auto top-up will not run: your subscription is cancelled.')).toBeVisible()
    await expect(page.getByRole('switch', { name: INSUFFICIENT })).toBeDisabled()
    await expect(page.getByRole('radio', { name: /^500 credits/ })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectNoAxeViolations(page)
  })

  test('is axe clean in dark mode on a phone', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 390, height: 844 })
    await openTopUp(page)
    await page.getByRole('radio', { name: /No pack/ }).check()
    await expect(page.getByText('Choose a pack to buy when auto top-up runs.')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
