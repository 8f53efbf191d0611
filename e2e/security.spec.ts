import type { Page } from '@playwright/test'
import { useFakeApi } from './fake-api'
import { expect, test } from './fixtures'
import { liveURL } from './servers'

test.use({ baseURL: liveURL })

const KEY = 'sk-live-7f3a9c1e5b2d4f6a8e0c'

/** The first page load has no connection; later loads keep the one the user made. */
async function startDisconnected(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e:started')) return
    sessionStorage.setItem('e2e:started', 'yes')
    sessionStorage.removeItem('billing:connection')
  })
}

test('the API key never reaches localStorage, a URL, the console or an error message', async ({ page }) => {
  const seen: string[] = []
  page.on('console', (message) => seen.push(`console: ${message.text()}`))
  page.on('request', (request) => seen.push(`url: ${request.url()}`))
  page.on('framenavigated', (frame) => seen.push(`navigated: ${frame.url()}`))
  const api = await useFakeApi(page)
  await startDisconnected(page)

  await page.goto('/usage')
  await page.getByLabel('API URL').fill('/api')
  await page.getByLabel('API key').fill(KEY)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Credits usage' })).toBeVisible()

  // A failure, so error messages are on screen too.
  await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Auto top-up' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Auto top-up' })).toBeVisible()
  api.faults.usage = { status: 500, json: { detail: 'Unexpected error while handling your request.' } }
  await page.goto('/usage?q=after-a-reload')
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /Unexpected error/ })
      .first(),
  ).toBeVisible({ timeout: 25_000 })

  const storage = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    text: document.body.innerText,
    title: document.title,
  }))
  expect(storage.local).not.toContain(KEY)
  expect(storage.text).not.toContain(KEY)
  expect(storage.title).not.toContain(KEY)
  expect(seen.filter((line) => line.includes(KEY))).toEqual([])
  expect(api.requests.length).toBeGreaterThan(0)
})

test('a remote API over plain http is refused before the key is sent', async ({ page }) => {
  const api = await useFakeApi(page)
  await startDisconnected(page)
  await page.goto('/connect')
  await page.getByLabel('API URL').fill('http://api.example.com')
  await page.getByLabel('API key').fill(KEY)
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByText(/Use https:\/\//)).toBeVisible()
  expect(api.requests).toEqual([])
})
