import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const usageTable = (page: Page) => page.getByRole('table', { name: /Credit usage entries/ })
const bodyRows = (page: Page) => usageTable(page).locator('tbody > tr:not(.usage-table__details)')
const column = (page: Page, index: number) => bodyRows(page).locator(`td:nth-child(${index})`)

test.describe('credits usage', () => {
  test('filters narrow the rows the way the API says, with chips in the URL', async ({ page }) => {
    await page.goto('/usage')
    await expect(bodyRows(page)).toHaveCount(25)
    await page.getByRole('button', { name: 'Operation' }).click()
    await page.getByRole('checkbox', { name: 'Purchased' }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/operation=purchased/)
    await expect(column(page, 3).filter({ hasNotText: 'Purchased' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Remove filter Operation: Purchased' })).toBeVisible()

    await page.getByRole('button', { name: 'Clear all' }).click()
    await page.getByRole('button', { name: 'Target' }).click()
    await page.getByRole('searchbox', { name: 'Find target' }).fill('blog')
    await page.getByRole('checkbox', { name: /Blog/ }).check()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/target=/)
    await expect(column(page, 8).filter({ hasNotText: 'blog.example.com' })).toHaveCount(0)

    await page.getByRole('button', { name: 'Clear all' }).click()
    await page.getByLabel('Scope').selectOption('Platform')
    await expect(page).toHaveURL(/scope=Platform/)
    await expect(bodyRows(page).first()).toBeVisible()
  })

  test('sorts, pages, and changes the page size; the view survives reload and back/forward', async ({
    page,
  }) => {
    await page.goto('/usage')
    await page.getByRole('button', { name: /Balance/ }).click()
    await expect(page).toHaveURL(/ordering=-balance/)
    await page.getByLabel('Rows per page').selectOption('10')
    await expect(bodyRows(page)).toHaveCount(10)
    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByText(/^11–20 of/)).toBeVisible()
    const firstBalance = await column(page, 6).first().textContent()

    await page.reload()
    await expect(page.getByText(/^11–20 of/)).toBeVisible()
    await expect(column(page, 6).first()).toHaveText(firstBalance ?? '')
    await expect(page.getByRole('columnheader', { name: /Balance/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )

    await page.goBack()
    await expect(page.getByText(/^1–10 of/)).toBeVisible()
    await page.goForward()
    await expect(page.getByText(/^11–20 of/)).toBeVisible()
  })

  test('exports every matching row as CSV with formulas neutralised', async ({ page }) => {
    await page.goto('/usage?q=HYPERLINK&range=all')
    await expect(page.getByText(/^1 entr|entries match/)).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^credits-usage_start_to_\d{4}-\d{2}-\d{2}\.csv$/)
    const text = (await readFile(await file.path())).toString('utf8')
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toMatch(/^timestamp_utc,operation,description,credits,balance/)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(1)) expect(line).toContain(`"'=HYPERLINK(""http://evil.example""`)
    await expect(page.getByRole('status').filter({ hasText: /Exported \d+ entr/ })).toBeVisible()
  })

  test('shows hostile descriptions as text', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs += 1
      void dialog.dismiss()
    })
    await page.goto('/usage?q=alert&range=all')
    await expect(usageTable(page)).toContainText('<img src=x onerror=alert(1)>')
    await expect(usageTable(page)).toContainText('<script>alert(1)</script>')
    await expect(usageTable(page).locator('img, script')).toHaveCount(0)
    expect(dialogs).toBe(0)
  })

  test('axe finds no violations with filters open and a row expanded', async ({ page }) => {
    await page.goto('/usage?operation=used')
    await bodyRows(page).first().getByRole('button', { name: 'Show details' }).click()
    await page.getByRole('button', { name: 'Label' }).click()
    await expectNoAxeViolations(page)
  })
})
