import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

/** Opens one backend's demo (and scenario) by URL, and waits until every block has its data. */
async function openDemo(page: Page, backend: 'neo' | 'conviso', path = '/', scenario = 'healthy') {
  const join = path.includes('?') ? '&' : '?'
  await page.goto(`${path}${join}backend=${backend}&scenario=${scenario}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0)
}

const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Primary' }).getByRole('link')

test.describe('ProjectDiscovery Neo demo', () => {
  test.use({ timezoneId: 'UTC' })

  test('overview: status, seats, credit buckets, cards and members, with only the pages Neo serves', async ({
    page,
    consoleErrors,
  }) => {
    await openDemo(page, 'neo')
    await expect(page).toHaveURL(/:\d+\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Subscription Active')
    await expect(page.getByText(/^8 seats · 500 credits per member a month/)).toBeVisible()
    await expect(page.getByText(/^Renews on .+ \(in \d+ days?\) for \$392\.00$/)).toBeVisible()
    await expect(navLinks(page)).toHaveText(['Overview'])
    await expect(page.getByLabel('API')).toHaveValue('neo')

    const credits = page.getByRole('region', { name: 'Credits' })
    await expect(credits.getByText(/^Runs out first:/).locator('..')).toContainText(
      /subscription credits, [\d,]+ left until they reset on/,
    )
    await expect(credits.getByRole('heading', { level: 3 })).toHaveText([
      'Subscription credits',
      'Top-up credits',
    ])
    await expect(
      page.getByRole('region', { name: 'Payment methods' }).getByText('Expires soon'),
    ).toBeVisible()

    const table = page.getByRole('table', { name: /Credits each member used/ })
    await expect(table.getByRole('row')).toHaveCount(9)
    await expect(table.getByRole('row').nth(1)).toContainText('Limit reached')
    await expectNoAxeViolations(page)

    await table.getByRole('button', { name: 'Member' }).click()
    await expect(page).toHaveURL(/\?memberSort=email$/)
    await expect(table.getByRole('rowheader').first()).toHaveText('dev.patel@acme.example')
    await page.getByLabel('Search members').fill('lena')
    await expect(table.getByRole('rowheader')).toHaveText(['lena.fischer@acme.example'])
    await page.reload()
    await expect(page.getByLabel('Search members')).toHaveValue('lena')
    expect(consoleErrors).toEqual([])
  })

  test('scenarios from the demo bar: a past-due subscription with an expired card, a scheduled downgrade', async ({
    page,
  }) => {
    await openDemo(page, 'neo')
    await page.getByLabel('Scenario').selectOption({ label: 'Past due' })
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Subscription Past due')
    const cards = page.getByRole('region', { name: 'Payment methods' })
    await expect(cards.locator('.badge', { hasText: 'Expired' })).toBeVisible()
    await expect(cards.getByText(/The default card has expired/)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByLabel('Scenario').selectOption({ label: 'Downgrade scheduled' })
    const change = page.getByRole('region', { name: /^Scheduled change on/ })
    await expect(change).toContainText('5 seats')
    await expect(change.getByRole('listitem')).toHaveCount(3)
    await expectNoAxeViolations(page)
  })

  test('no subscription is a clear state, not an empty page', async ({ page }) => {
    await openDemo(page, 'neo', '/', 'no-subscription')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Subscription No subscription')
    await expect(page.getByText(/This account has no subscription/)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a deep link to auto top-up explains why Neo has none', async ({ page, consoleErrors }) => {
    await openDemo(page, 'neo', '/settings/top-up')
    await expect(page.getByRole('heading', { level: 1, name: 'Auto top-up' })).toBeVisible()
    await expect(page.getByText('Not available with ProjectDiscovery Neo.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Go to the overview' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Subscription Active')
    expect(consoleErrors).toEqual([])
  })

  test('on a phone, in dark mode, the page fits and stays accessible', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 })
    await page.emulateMedia({ colorScheme: 'dark' })
    await openDemo(page, 'neo')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})

test.describe('Conviso Platform demo', () => {
  test.use({ timezoneId: 'UTC' })

  test('overview: credits per type, linked to their transactions', async ({ page, consoleErrors }) => {
    await openDemo(page, 'conviso')
    await expect(page.getByRole('heading', { level: 1, name: 'Execution credits' })).toBeVisible()
    await expect(navLinks(page)).toHaveText(['Overview', 'Usage'])
    const dast = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'DAST' }) })
    await expect(dast).toContainText(/of 600 left/)
    await expect(dast).toContainText('Renews every month')
    await expectNoAxeViolations(page)

    await dast.getByRole('link', { name: 'DAST transactions' }).click()
    await expect(page).toHaveURL(/\/usage\?q=DAST&range=all$/)
    const table = page.getByRole('table', { name: /Credit transactions/ })
    await expect(table.getByRole('row')).toHaveCount(26)
    for (const cell of await table.getByRole('row').locator('td:nth-child(2)').allTextContents()) {
      expect(cell).toBe('DAST')
    }
    expect(consoleErrors).toEqual([])
  })

  test('usage: filters that apply, totals per credit type, paging and CSV export', async ({ page }) => {
    await openDemo(page, 'conviso', '/usage')
    await expect(page.getByRole('heading', { level: 1, name: 'Credits usage' })).toBeVisible()
    const filters = page.getByRole('group', { name: 'Filters' })
    await expect(filters.getByRole('button', { name: 'Target' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Totals for the filtered transactions' })).toContainText(
      'AI Pentest',
    )
    await expectNoAxeViolations(page)

    await page.getByLabel('Rows per page').selectOption('10')
    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible()

    await filters.getByRole('button', { name: 'Operation' }).click()
    await page.getByRole('checkbox', { name: 'Refunded' }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/operation=refunded/)
    await expect(page.getByRole('button', { name: 'Remove filter Operation: Refunded' })).toBeVisible()
    const operations = page
      .getByRole('table', { name: /Credit transactions/ })
      .locator('tbody td:nth-child(3)')
    await expect(operations.first()).toHaveText('Refunded')
    expect(new Set(await operations.allTextContents())).toEqual(new Set(['Refunded']))

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    expect((await download).suggestedFilename()).toMatch(
      /^credit-transactions_\d{4}-\d{2}-\d{2}_to_\d{4}-\d{2}-\d{2}\.csv$/,
    )
    await expect(page.getByText(/^Exported \d+ entries/)).toBeVisible()
  })

  test('a deep link to auto top-up explains why Conviso has none', async ({ page }) => {
    await openDemo(page, 'conviso', '/settings/top-up')
    await expect(page.getByText('Not available with Conviso Platform.')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('one dashboard, three APIs', () => {
  test('the demo bar switches the API; the Probely demo stays the default', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: /Pro plan/ })).toBeVisible()
    await expect(navLinks(page)).toHaveText(['Overview', 'Usage', 'Auto top-up'])
    await page.getByLabel('API').selectOption({ label: 'Conviso Platform' })
    await expect(page.getByRole('heading', { level: 1, name: 'Execution credits' })).toBeVisible()
    await expect(navLinks(page)).toHaveText(['Overview', 'Usage'])
    await page.getByLabel('API').selectOption({ label: 'ProjectDiscovery Neo' })
    await expect(page.getByRole('heading', { level: 1, name: /^Subscription/ })).toBeVisible()
    await page.getByLabel('API').selectOption({ label: 'Probely' })
    await expect(page.getByRole('heading', { level: 1, name: /Pro plan/ })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('the connection screen connects to Neo with its own key check', async ({ page }) => {
    await page.goto('/connect')
    await page.getByLabel('Billing API').selectOption({ label: 'ProjectDiscovery Neo' })
    await expect(page.getByText('Authorization: Bearer <token>')).toBeVisible()
    await page.getByLabel('API URL').fill('/demo-api')
    await page.getByLabel('API key').fill('demo-key')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Connect' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Subscription Active')
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('demo-key')
  })
})
