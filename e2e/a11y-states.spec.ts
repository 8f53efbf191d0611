import { expect, expectNoAxeViolations, test } from './fixtures'

/** WCAG 2.2 AA in every state a page can be in: loading, empty, error and data, light and dark. */
const routes = [
  { path: '/', ready: /Pro plan/ },
  { path: '/usage', ready: 'Credits usage' },
  { path: '/settings/top-up', ready: 'Auto top-up' },
] as const

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const { path, ready } of routes) {
      test(`${path}: loading and error states have no violations`, async ({ page }) => {
        await page.goto(`${path}?scenario=slow`)
        await expect(page.locator('.skeleton, [aria-busy="true"]').first()).toBeVisible()
        await expectNoAxeViolations(page)
        await page.goto(`${path}?scenario=server-errors`)
        await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 25_000 })
        await expectNoAxeViolations(page)
      })

      test(`${path}: data state at 360 px has no violations and no sideways scroll`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 800 })
        await page.goto(`${path}?scenario=healthy`)
        await expect(page.getByRole('heading', { level: 1, name: ready })).toBeVisible()
        await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 })
        await expectNoAxeViolations(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow).toBeLessThanOrEqual(0)
      })
    }

    test('usage: the empty state has no violations', async ({ page }) => {
      await page.goto('/usage?q=no-such-thing-anywhere')
      await expect(page.getByText('No credit usage matches these filters.')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('everything is reachable by keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: /Pro plan/ })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return element && element !== document.body ? getComputedStyle(element).outlineStyle : 'none'
  })
  expect(outline).not.toBe('none')
})

test('motion is off under prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/?scenario=slow')
  const animation = await page
    .locator('.skeleton')
    .first()
    .evaluate((element) => getComputedStyle(element).animationName)
  expect(animation).toBe('none')
})
