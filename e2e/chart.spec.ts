import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const chart = (page: Page) => page.getByRole('region', { name: 'Balance' })
const plot = (page: Page) => chart(page).locator('.balance-chart__canvas')
const loaded = (page: Page) => chart(page).getByText(/^From all [\d,]+ entr/)
const matching = async (page: Page) =>
  Number((await page.getByText(/entries match$/).textContent())?.replace(/\D/g, ''))

/** Drags across the plot with the mouse, between two fractions of its width. */
async function drag(page: Page, from: number, to: number) {
  const box = await plot(page).boundingBox()
  if (!box) throw new Error('the plot is not on screen')
  // The plot starts after the y axis (64 px) and ends 16 px before the right edge.
  const x = (fraction: number) => box.x + 64 + fraction * (box.width - 80)
  const y = box.y + box.height / 2
  await page.mouse.move(x(from), y)
  await page.mouse.down()
  await page.mouse.move(x(to), y, { steps: 8 })
  await page.mouse.up()
}

test.describe('balance chart', () => {
  test('draws the balance of the default range, with markers, a summary and a tooltip', async ({ page }) => {
    await page.goto('/usage')
    await expect(loaded(page)).toBeVisible({ timeout: 30_000 })
    await expect(plot(page).locator('.balance-chart__line .recharts-line-curve')).toHaveAttribute('d', /^M/)
    await expect(
      plot(page).locator('.balance-chart__marker--purchase .balance-chart__marker-shape'),
    ).toHaveAttribute('d', /a/)
    const summary = chart(page).getByLabel('Balance summary')
    for (const term of ['Start', 'End', 'Net change', 'Lowest', 'Highest', 'Purchases'])
      await expect(summary.getByText(term, { exact: true })).toBeVisible()
    await expect(chart(page).getByText(/Follows the date range only/)).toBeVisible()

    const box = await plot(page).boundingBox()
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2)
    const tooltip = chart(page).locator('.balance-chart__tooltip')
    await expect(tooltip).toContainText('Balance')
    await expect(tooltip).toContainText('On hold')
    await expect(tooltip).toContainText(/\d{1,2}:\d{2}:\d{2}/)
  })

  test('loads recharts only with the chart', async ({ page }) => {
    const chunks: string[] = []
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname))
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: /Pro/ })).toBeVisible()
    expect(chunks.filter((path) => path.includes('BalancePlot'))).toEqual([])
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Usage' }).click()
    await expect(loaded(page)).toBeVisible({ timeout: 30_000 })
    expect(chunks.some((path) => /BalancePlot-.*\.js$/.test(path))).toBe(true)
  })

  test('brushing zooms the page’s range, the URL and the table; Reset zoom returns', async ({ page }) => {
    await page.goto('/usage')
    await expect(loaded(page)).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(/entries match$/)).toBeVisible()
    const before = await matching(page)

    await drag(page, 0.4, 0.6)
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
    const url = new URL(page.url())
    expect(url.searchParams.get('from')! <= url.searchParams.get('to')!).toBe(true)
    await expect(loaded(page)).toBeVisible({ timeout: 30_000 })
    await expect.poll(() => matching(page)).toBeLessThan(before)
    const firstDate = page
      .getByRole('table', { name: /Credit usage entries/ })
      .locator('tbody time')
      .first()
    await expect(firstDate).toBeVisible()

    await chart(page).getByRole('button', { name: 'Reset zoom' }).click()
    await expect(page).toHaveURL(/\/usage$/)
    await expect(chart(page).getByRole('heading', { name: 'Balance' })).toBeFocused()
    await expect.poll(() => matching(page)).toBe(before)
    await expect(chart(page).getByRole('button', { name: 'Reset zoom' })).toHaveCount(0)
  })

  test('the heavy scenario draws, with progress while its pages load', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/usage?scenario=heavy')
    await expect(chart(page).getByText(/^Loaded [\d,]+ of [\d,]+ entries$/)).toBeVisible({ timeout: 20_000 })
    await expect(loaded(page)).toBeVisible({ timeout: 100_000 })
    const count = Number((await loaded(page).textContent())?.replace(/\D/g, ''))
    expect(count).toBeGreaterThan(5_000)
    // About one point per pixel plus the markers, whatever the number of rows.
    const width = (await plot(page).boundingBox())?.width ?? 0
    await chart(page).getByRole('button', { name: 'View as table' }).click()
    const points = await chart(page).getByRole('table').locator('tbody tr').count()
    expect(points).toBeLessThan(count)
    expect(points).toBeLessThan(width * 2.5)
  })

  test('View as table, the keyboard, and axe', async ({ page }) => {
    // A week: every row is a point, and axe has a table of a few hundred rows to check, not thousands.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    await page.goto(`/usage?from=${day(-7)}&to=${day(0)}`)
    await expect(loaded(page)).toBeVisible({ timeout: 30_000 })
    const toggle = chart(page).getByRole('button', { name: 'View as table' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const table = chart(page).getByRole('table', { name: /^Balance (at|after)/ })
    await expect(table.locator('tbody tr').first()).toBeVisible()
    await expect(table.getByRole('cell', { name: 'Purchased' }).first()).toBeVisible()

    // The points are reachable with the arrow keys (recharts' accessibility layer).
    await chart(page).locator('.recharts-surface').focus()
    await page.keyboard.press('ArrowRight')
    await expect(chart(page).locator('.balance-chart__tooltip')).toContainText('Balance')
    await expectNoAxeViolations(page)

    await toggle.click()
    await expect(table).toHaveCount(0)
  })

  test('has its own empty state, and is axe clean in the dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/usage?from=2001-01-01&to=2001-01-31')
    await expect(chart(page).getByText(/No usage in this range/)).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
