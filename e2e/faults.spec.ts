import type { Page } from '@playwright/test'
import { useFakeApi, type Endpoint, type Fault } from './fake-api'
import { expect, test } from './fixtures'
import { liveURL } from './servers'

/**
 * Every page against every way its API can fail, on the live build with a stand-in API: a specific
 * message, Retry where it can help, never a blank page or an uncaught error, and 4xx never retried while
 * 5xx, network failures and 429 are retried (three times) before the page gives up.
 */
test.use({ baseURL: liveURL })
test.describe.configure({ timeout: 60_000 })

const FAILED = { timeout: 25_000 }

/** The browser's own "Failed to load resource" lines are expected here; anything else is a bug. */
function watchErrors(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text())
  })
  return errors
}

const pages: { endpoint: Endpoint; path: string; malformed: (valid: Record<string, unknown>) => unknown }[] =
  [
    { endpoint: 'account', path: '/', malformed: (valid) => ({ ...valid, plan_amount: 'a lot' }) },
    {
      endpoint: 'usage',
      path: '/usage',
      malformed: (valid) => ({
        ...valid,
        results: (valid.results as object[]).map((row) => ({ ...row, balance: 'lots' })),
      }),
    },
    {
      endpoint: 'settings',
      path: '/settings/top-up',
      malformed: (valid) => ({ ...valid, auto_top_up_on_expiration: 'yes' }),
    },
  ]

const faults: { name: string; fault: Fault; text: RegExp; retried: boolean }[] = [
  {
    name: '403',
    fault: { status: 403, json: { detail: 'You do not have permission to perform this action.' } },
    text: /You do not have permission to perform this action/,
    retried: false,
  },
  {
    name: '404',
    fault: { status: 404, json: { detail: 'Not found.' } },
    text: /Not found\./,
    retried: false,
  },
  {
    name: '429 with Retry-After',
    fault: { status: 429, json: { detail: 'Request was throttled.' }, headers: { 'Retry-After': '1' } },
    text: /Request was throttled\. Try again in 1 second/,
    retried: true,
  },
  {
    name: '500',
    fault: { status: 500, json: { detail: 'Unexpected error while handling your request.' } },
    text: /Unexpected error while handling your request/,
    retried: true,
  },
  {
    name: '502 with an HTML body',
    fault: {
      status: 502,
      html: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    },
    text: /502 Bad Gateway/,
    retried: true,
  },
  { name: 'a dropped connection', fault: { drop: true }, text: /Could not reach the API/, retried: true },
]

for (const { endpoint, path, malformed } of pages) {
  test.describe(`${path} when ${endpoint} fails`, () => {
    for (const { name, fault, text, retried } of faults) {
      test(`${name}: says what went wrong${retried ? ', after retrying, with Retry' : ', without retrying'}`, async ({
        page,
      }) => {
        const errors = watchErrors(page)
        const api = await useFakeApi(page, { [endpoint]: fault })
        await page.goto(path)
        const message = page.getByRole('alert').filter({ hasText: text }).first()
        await expect(message).toBeVisible(FAILED)
        await expect(page.getByRole('main')).not.toBeEmpty()
        if (retried) await expect(message.getByRole('button', { name: 'Retry' })).toBeVisible()
        if (endpoint !== 'usage') {
          // One query per endpoint on these pages: one request, or one plus three retries.
          expect(api.requests.filter((request) => request.endpoint === endpoint)).toHaveLength(
            retried ? 4 : 1,
          )
        }
        expect(errors).toEqual([])
      })
    }

    test('a malformed payload: names the unexpected field', async ({ page }) => {
      const errors = watchErrors(page)
      await useFakeApi(page, { [endpoint]: { body: malformed } })
      await page.goto(path)
      await expect(
        page
          .getByRole('alert')
          .filter({ hasText: /not what the dashboard expects/ })
          .first(),
      ).toBeVisible(FAILED)
      expect(errors).toEqual([])
    })

    test('401: goes to the connection screen once, and back after reconnecting', async ({ page }) => {
      const api = await useFakeApi(page, { [endpoint]: { status: 401, json: { detail: 'Invalid token.' } } })
      await page.goto(path)
      await expect(page.getByText(/Your session ended: Invalid token\./)).toBeVisible(FAILED)
      delete api.faults[endpoint]
      await page.getByLabel('API key').fill('live-test-key')
      await page.getByRole('button', { name: 'Connect' }).click()
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`))
      await expect(page.getByRole('alert')).toHaveCount(0)
    })

    test('a 10 s answer: loading states, then the data', async ({ page }) => {
      await useFakeApi(page, { [endpoint]: { delayMs: 10_000 } })
      await page.goto(path)
      await expect(page.locator('[aria-busy="true"], .skeleton').first()).toBeVisible()
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, FAILED)
      await expect(page.getByRole('alert')).toHaveCount(0)
    })
  })
}

test.describe('payloads from newer or older servers', () => {
  test('unknown enum values and extra fields are shown as they came', async ({ page }) => {
    await useFakeApi(page, {
      account: {
        body: (valid) => ({ ...valid, status: 'paused_by_admin', brand_new_field: { nested: true } }),
      },
      usage: {
        body: (valid) => ({
          ...valid,
          results: (valid.results as object[]).map((row) => ({ ...row, operation: 'refunded', extra: 1 })),
        }),
      },
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Paused by admin/i)
    await page.goto('/usage')
    await expect(page.getByRole('table', { name: /Credit usage entries/ })).toContainText('Refunded')
  })

  test('missing fields degrade to "—" instead of an error', async ({ page }) => {
    await useFakeApi(page, { account: { body: (valid) => ({ status: valid.status, plan: valid.plan }) } })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText('—').first()).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

test.describe('saving and buying never retry, and keep what the user typed', () => {
  async function editSettings(page: Page) {
    await page.goto('/settings/top-up')
    const expiry = page.getByRole('switch', { name: 'Buy credits when my purchased credits expire' })
    await expiry.check()
    await page.getByRole('button', { name: 'Save changes' }).click()
    return expiry
  }

  for (const { name, fault, text } of [
    {
      name: '500',
      fault: { status: 500, json: { detail: 'Unexpected error while handling your request.' } },
      text: /Unexpected error/,
    },
    { name: 'a dropped connection', fault: { drop: true as const }, text: /Could not reach the API/ },
    {
      name: '400 with a field error',
      fault: { status: 400, json: { auto_top_up_credits_pack: ['Select a valid credits pack.'] } },
      text: /Select a valid credits pack\./,
    },
  ]) {
    test(`saving settings, ${name}`, async ({ page }) => {
      const api = await useFakeApi(page, { saveSettings: fault })
      const expiry = await editSettings(page)
      await expect(page.getByText(text).first()).toBeVisible(FAILED)
      await expect(expiry).toBeChecked()
      expect(api.requests.filter((request) => request.endpoint === 'saveSettings')).toHaveLength(1)
    })
  }

  test('saving settings, 401: the draft is back after reconnecting', async ({ page }) => {
    const api = await useFakeApi(page, {
      saveSettings: { status: 401, json: { detail: 'Token has expired.' } },
    })
    await editSettings(page)
    await expect(page.getByText(/Your session ended: Token has expired\./)).toBeVisible(FAILED)
    delete api.faults.saveSettings
    await page.getByLabel('API key').fill('live-test-key')
    await page.getByRole('button', { name: 'Connect' }).click()
    await expect(
      page.getByRole('switch', { name: 'Buy credits when my purchased credits expire' }),
    ).toBeChecked()
  })

  for (const { name, fault } of [
    { name: '500', fault: { status: 500, json: { detail: 'Payment provider unavailable.' } } },
    { name: 'a dropped connection', fault: { drop: true as const } },
  ]) {
    test(`buying a pack, ${name}: says nothing was bought`, async ({ page }) => {
      const api = await useFakeApi(page, { purchase: fault })
      await page.goto('/')
      await page.getByRole('button', { name: /^Buy 500 credits/ }).click()
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^Buy for/ })
        .click()
      await expect(page.getByRole('dialog')).toContainText('Nothing was bought.', FAILED)
      expect(api.requests.filter((request) => request.endpoint === 'purchase')).toHaveLength(1)
    })
  }
})
