import { expect, expectNoAxeViolations, test } from './fixtures'

test.describe('demo app shell', () => {
  test('opens the demo with data on the overview', async ({ page, consoleErrors }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: /Pro/ })).toBeVisible()
    await expect(page.getByText(/credits available/)).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Demo' })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('navigates between the pages, each with data', async ({ page, consoleErrors }) => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: 'Primary' })
    await nav.getByRole('link', { name: 'Usage' }).click()
    await expect(page).toHaveURL(/\/usage$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Credits usage' })).toBeVisible()
    await expect(page.getByRole('row')).toHaveCount(26)
    await nav.getByRole('link', { name: 'Auto top-up' }).click()
    await expect(page).toHaveURL(/\/settings\/top-up$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Auto top-up' })).toBeVisible()
    await nav.getByRole('link', { name: 'Overview' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Pro/ })).toBeVisible()
    expect(consoleErrors).toEqual([])
  })

  test('connects to the mock API through the connection screen', async ({ page, consoleErrors }) => {
    await page.goto('/connect')
    await page.getByLabel('API URL').fill('/demo-api')
    await page.getByLabel('API key').fill('demo-key')
    await page.getByRole('button', { name: 'Connect' }).click()
    await expect(page).toHaveURL(/:\d+\/$/)
    await expect(page.getByRole('heading', { level: 1, name: /Pro/ })).toBeVisible()
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('demo-key')
    expect(page.url()).not.toContain('demo-key')
    expect(consoleErrors).toEqual([])
  })

  test('an expired key leads back to the connection screen, and the demo is one click away', async ({
    page,
  }) => {
    await page.goto('/usage?scenario=expired-key')
    await expect(page.getByRole('heading', { level: 1, name: 'Connect to your billing API' })).toBeVisible()
    await expect(page.getByText(/Token has expired/)).toBeVisible()
    await page.getByRole('button', { name: 'Explore the demo' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Credits usage' })).toBeVisible()
  })

  test('switches scenario from the demo bar', async ({ page }) => {
    await page.goto('/')
    await page.getByLabel('Scenario').selectOption('trial')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Trial')
  })

  test('unknown addresses say so', async ({ page }) => {
    await page.goto('/nowhere')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

test.describe('accessibility', () => {
  for (const [path, heading] of [
    ['/', /Pro/],
    ['/usage', 'Credits usage'],
    ['/settings/top-up', 'Auto top-up'],
    ['/connect', 'Connect to your billing API'],
  ] as const) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path)
      // On `/` the heading is the plan's name: it waits for the demo's mock API to start on a cold page.
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, { timeout: 20_000 })
      await expectNoAxeViolations(page)
    })
  }
})
