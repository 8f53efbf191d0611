import type { Locator, Page } from '@playwright/test'
import { useFakeApi, type Endpoint, type FakeApi, type Fault } from './fake-api'
import { expect, test, watchErrors } from './fixtures'
import { liveURL } from './servers'

/**
 * Every page against every way its API can fail, on the live build with a stand-in API: a specific
 * message, Retry where it can help, never a blank page or an uncaught error, and 4xx never retried while
 * 5xx, network failures and 429 are retried (three times) before the page gives up.
 */
test.use({ baseURL: liveURL })
test.describe.configure({ timeout: 60_000 })

const FAILED = { timeout: 25_000 }

const requestsTo = (api: FakeApi, endpoint: Endpoint) =>
  api.requests.filter((request) => request.endpoint === endpoint)

const expirySwitch = (page: Page) =>
  page.getByRole('switch', { name: 'Buy credits when my purchased credits expire' })

/** Turns on "buy when credits expire" and saves: the edit that the save tests expect to survive. */
async function editSettings(page: Page) {
  await page.goto('/settings/top-up')
  await expirySwitch(page).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
}

/** Buys the 500-credit pack from the overview, confirming in the dialog. */
async function buyPack(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: /^Buy 500 credits/ }).click()
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Buy for/ })
    .click()
}

const pages: { endpoint: Endpoint; path: string }[] = [
  { endpoint: 'account', path: '/' },
  { endpoint: 'usage', path: '/usage' },
  { endpoint: 'settings', path: '/settings/top-up' },
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

for (const { endpoint, path } of pages) {
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
          expect(requestsTo(api, endpoint)).toHaveLength(retried ? 4 : 1)
        }
        expect(errors).toEqual([])
      })
    }

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

test.describe('saving and buying never retry, and keep what the user typed', () => {
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
      await editSettings(page)
      await expect(page.getByText(text).first()).toBeVisible(FAILED)
      await expect(expirySwitch(page)).toBeChecked()
      expect(requestsTo(api, 'saveSettings')).toHaveLength(1)
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
    await expect(expirySwitch(page)).toBeChecked()
  })

  for (const { name, fault } of [
    { name: '500', fault: { status: 500, json: { detail: 'Payment provider unavailable.' } } },
    { name: 'a dropped connection', fault: { drop: true as const } },
  ]) {
    test(`buying a pack, ${name}: says nothing was bought`, async ({ page }) => {
      const api = await useFakeApi(page, { purchase: fault })
      await buyPack(page)
      await expect(page.getByRole('dialog')).toContainText('Nothing was bought.', FAILED)
      expect(requestsTo(api, 'purchase')).toHaveLength(1)
    })
  }
})

/**
 * Malformed payloads, for every endpoint the four ways a server drifts from its docs: wrong types, missing
 * fields, extra fields and unknown enum values. A payload the dashboard cannot use is refused with a
 * message naming the field; one it can (a field it does not know, an enum value added later, an optional
 * field an older server leaves out) is shown: the unknown value as sent, the missing one as "—".
 */
type Json = Record<string, unknown>
type Malformed = {
  variant: 'wrong types' | 'missing fields' | 'extra fields' | 'unknown enum values'
  what: string
  body: (valid: Json) => unknown
  /** The field the message names when the payload cannot be used; else what the page shows of it. */
  expected: { refused: string } | { shown: (page: Page) => Promise<void> }
}
type MalformedEndpoint = {
  endpoint: Endpoint
  /** What the user does that reaches the endpoint. */
  act: (page: Page) => Promise<void>
  /** What the user reads when the answer is refused: a message naming `field`. */
  refused: (page: Page, field: string, api: FakeApi) => Promise<void>
  /** Checked after every case. */
  always?: (page: Page, api: FakeApi) => void | Promise<void>
  cases: Malformed[]
}

const omit = (value: Json, ...keys: string[]): Json =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)))
const withFirstRow = (valid: Json, change: (row: Json) => Json): Json => ({
  ...valid,
  results: (valid.results as Json[]).map((row, index) => (index === 0 ? change(row) : row)),
})
const withPack = (valid: Json, change: (pack: Json) => Json): Json => ({
  ...valid,
  auto_top_up_credits_pack: change(valid.auto_top_up_credits_pack as Json),
})

/** The value beside a term in a details list: "Pool size" → "12". */
const fact = (scope: Page | Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
const firstUsageRow = (page: Page) =>
  page
    .getByRole('table', { name: /Credit usage entries/ })
    .getByRole('row')
    .nth(1)
const savedMessage = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Your auto top-up settings are saved.' })

/** A page that loads the endpoint shows the typed invalid-response message where the data would be. */
async function refusedOnLoad(page: Page, field: string) {
  const alert = page
    .getByRole('alert')
    .filter({ hasText: /not what the dashboard expects/ })
    .first()
  await expect(alert).toContainText(`expects: ${field} `, FAILED)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Settings the dashboard cannot read, whether they come from loading them or from saving them. */
const unreadableSettings: Malformed[] = [
  {
    variant: 'wrong types',
    what: 'auto_top_up_on_expiration is "yes"',
    body: (valid) => ({ ...valid, auto_top_up_on_expiration: 'yes' }),
    expected: { refused: 'auto_top_up_on_expiration' },
  },
  {
    variant: 'missing fields',
    what: 'the pack has no id',
    body: (valid) => withPack(valid, (pack) => omit(pack, 'id')),
    expected: { refused: 'auto_top_up_credits_pack.id' },
  },
]

const malformed: MalformedEndpoint[] = [
  {
    endpoint: 'account',
    act: async (page) => {
      await page.goto('/')
    },
    refused: refusedOnLoad,
    cases: [
      {
        variant: 'wrong types',
        what: 'plan_amount is text',
        body: (valid) => ({ ...valid, plan_amount: 'a lot' }),
        expected: { refused: 'plan_amount' },
      },
      {
        variant: 'missing fields',
        what: 'no status',
        body: (valid) => omit(valid, 'status'),
        expected: { refused: 'status' },
      },
      {
        variant: 'missing fields',
        what: 'only status and plan, as from an older server',
        body: (valid) => ({ status: valid.status, plan: valid.plan }),
        expected: {
          shown: async (page) => {
            await expect(page.getByRole('heading', { level: 1 })).toContainText('Pro plan', FAILED)
            await expect(fact(page, 'Account balance')).toHaveText('—')
            await expect(fact(page, 'Pool size')).toHaveText('—')
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        variant: 'extra fields',
        what: 'fields the dashboard does not know, at every level',
        body: (valid) => {
          const plan = valid.plan as Json
          const packs = plan.allowed_credits_packs as Json[]
          return {
            ...valid,
            pool_size: 12,
            brand_new_field: { nested: true },
            plan: {
              ...plan,
              tagline: 'Scan more',
              allowed_credits_packs: packs.map((p) => ({ ...p, badge: 1 })),
            },
          }
        },
        expected: {
          shown: async (page) => {
            await expect(page.getByRole('heading', { level: 1 })).toContainText('Pro plan', FAILED)
            await expect(fact(page, 'Pool size')).toHaveText('12')
            await expect(page.getByRole('button', { name: /^Buy 500 credits/ })).toBeVisible()
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        variant: 'unknown enum values',
        what: 'a new status, charge model and billing period',
        body: (valid) => ({
          ...valid,
          status: 'paused_by_admin',
          plan: { ...(valid.plan as Json), charge_model: 'usage_based', period_unit: 'quarter' },
        }),
        expected: {
          shown: async (page) => {
            await expect(page.getByRole('heading', { level: 1 })).toContainText(/Paused by admin/i, FAILED)
            await expect(fact(page, 'Charge model')).toHaveText('Usage based')
            await expect(fact(page, 'Price')).toContainText('every quarter')
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
    ],
  },
  {
    endpoint: 'usage',
    act: async (page) => {
      await page.goto('/usage')
    },
    refused: refusedOnLoad,
    cases: [
      {
        variant: 'wrong types',
        what: 'balance is text in every row',
        body: (valid) => ({
          ...valid,
          results: (valid.results as Json[]).map((row) => ({ ...row, balance: 'lots' })),
        }),
        expected: { refused: 'results.0.balance' },
      },
      {
        variant: 'missing fields',
        what: 'a row without amount',
        body: (valid) => withFirstRow(valid, (row) => omit(row, 'amount')),
        expected: { refused: 'results.0.amount' },
      },
      {
        variant: 'missing fields',
        what: 'a row with only timestamp, amount and balance',
        body: (valid) =>
          withFirstRow(valid, (row) => ({ timestamp: row.timestamp, amount: -5, balance: 140 })),
        expected: {
          shown: async (page) => {
            const row = firstUsageRow(page)
            await expect(row).toContainText('No description', FAILED)
            await expect(row).toContainText('140')
            // Scan and target.
            await expect(row.getByRole('cell', { name: '—', exact: true })).toHaveCount(2)
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        variant: 'extra fields',
        what: 'fields the dashboard does not know, in the page and a row',
        body: (valid) => ({
          ...withFirstRow(valid, (row) => ({
            ...row,
            description: 'Row with fields from a newer server',
            cost_center: { id: 'cc_1' },
            target: row.target && { ...(row.target as Json), risk_score: 7 },
          })),
          next: null,
          previous: null,
        }),
        expected: {
          shown: async (page) => {
            await expect(firstUsageRow(page)).toContainText('Row with fields from a newer server', FAILED)
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        variant: 'unknown enum values',
        what: 'a new operation and scan status',
        body: (valid) =>
          withFirstRow(valid, (row) => ({
            ...row,
            operation: 'chargeback',
            scan: { id: 'scan_new', status: 'archived', scan_profile: 'full' },
          })),
        expected: {
          shown: async (page) => {
            const row = firstUsageRow(page)
            await expect(row).toContainText('Chargeback', FAILED)
            await expect(row).toContainText('Archived · full')
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
    ],
  },
  {
    endpoint: 'settings',
    act: async (page) => {
      await page.goto('/settings/top-up')
    },
    refused: refusedOnLoad,
    cases: [
      ...unreadableSettings,
      {
        // A switch the server does not mention is off, as the API's own default.
        variant: 'missing fields',
        what: 'an empty object, as from an older server',
        body: () => ({}),
        expected: {
          shown: async (page) => {
            await expect(page.getByRole('radio', { name: /^No pack/ })).toBeChecked(FAILED)
            await expect(expirySwitch(page)).not.toBeChecked()
            await expect(
              page.getByText("Auto top-up is off: we won't buy credits automatically."),
            ).toBeVisible()
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        variant: 'extra fields',
        what: 'fields the dashboard does not know, in the settings and the pack',
        body: (valid) => ({
          ...withPack(valid, (pack) => ({ ...pack, badge: 'popular' })),
          auto_top_up_max_per_month: 3,
        }),
        expected: {
          shown: async (page) => {
            await expect(page.getByRole('radio', { name: /^500 credits/ })).toBeChecked(FAILED)
            await expect(
              page.getByRole('switch', { name: "Buy credits when my balance can't cover a scan" }),
            ).toBeChecked()
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
      {
        // The settings have no enum (two switches and a pack). The closest: a saved pack the plan does not
        // sell, priced in a currency the dashboard has no symbol for.
        variant: 'unknown enum values',
        what: 'a pack the plan does not sell, in an unknown currency',
        body: (valid) => ({
          ...valid,
          auto_top_up_credits_pack: {
            id: 'pack_legacy_250',
            price: 25000,
            currency_code: 'XTS',
            pack_amount: 250,
          },
        }),
        expected: {
          shown: async (page) => {
            await expect(page.getByText(/your saved pack, 250 credits · XTS\s250\.00/)).toBeVisible(FAILED)
            await expect(page.getByRole('alert')).toHaveCount(0)
          },
        },
      },
    ],
  },
  {
    // The answer to a save the server accepted: what the user entered stays, and the save is not repeated.
    endpoint: 'saveSettings',
    act: editSettings,
    refused: async (page, field) => {
      const alert = page.getByRole('alert').filter({ hasText: /not what the dashboard expects/ })
      await expect(alert).toContainText('Could not confirm that your changes were saved', FAILED)
      await expect(alert).toContainText(`expects: ${field} `)
      await expect(alert).toContainText('Everything you entered is still here.')
    },
    always: async (page, api) => {
      await expect(expirySwitch(page)).toBeChecked()
      expect(requestsTo(api, 'saveSettings')).toHaveLength(1)
    },
    cases: [
      ...unreadableSettings,
      {
        // An older server that answers a save without the settings: what was sent is what was saved.
        variant: 'missing fields',
        what: 'an empty object',
        body: () => ({}),
        expected: { shown: async (page) => await expect(savedMessage(page)).toBeVisible(FAILED) },
      },
      {
        variant: 'extra fields',
        what: 'who changed the settings, and when',
        body: (valid) => ({ ...valid, changed: '2026-01-01T00:00:00Z', changed_by: { id: 'usr_1' } }),
        expected: { shown: async (page) => await expect(savedMessage(page)).toBeVisible(FAILED) },
      },
      {
        // No enum here either: the closest is the pack coming back in a currency the dashboard does not know.
        variant: 'unknown enum values',
        what: 'the pack in an unknown currency',
        body: (valid) => withPack(valid, (pack) => ({ ...pack, currency_code: 'XTS' })),
        expected: { shown: async (page) => await expect(savedMessage(page)).toBeVisible(FAILED) },
      },
    ],
  },
  {
    // The answer to a purchase the server accepted: never "nothing was bought", never bought twice.
    endpoint: 'purchase',
    act: buyPack,
    refused: async (page, field, api) => {
      const dialog = page.getByRole('dialog')
      await expect(dialog.getByRole('alert')).toContainText('The purchase may have gone through', FAILED)
      await expect(dialog.getByRole('alert')).toContainText(`expects: ${field} `)
      await expect(dialog).not.toContainText('Nothing was bought')
      // The balance is loaded again, so it shows whether the credits arrived.
      await expect
        .poll(() => api.requests.map((request) => request.endpoint).lastIndexOf('account'))
        .toBeGreaterThan(api.requests.findIndex((request) => request.endpoint === 'purchase'))
    },
    always: (_page, api) => {
      expect(requestsTo(api, 'purchase')).toHaveLength(1)
    },
    cases: [
      {
        variant: 'wrong types',
        what: 'total is text',
        body: (valid) => ({ ...valid, total: '450.00' }),
        expected: { refused: 'total' },
      },
      {
        variant: 'missing fields',
        what: 'no amount_due',
        body: (valid) => omit(valid, 'amount_due'),
        expected: { refused: 'amount_due' },
      },
      {
        variant: 'missing fields',
        what: 'no invoice id or status',
        body: (valid) => omit(valid, 'id', 'status'),
        expected: {
          shown: async (page) => {
            const dialog = page.getByRole('dialog')
            await expect(dialog.getByRole('heading', { name: 'Credits bought' })).toBeVisible(FAILED)
            await expect(fact(dialog, 'Total')).toContainText('450.00')
            await expect(dialog.getByRole('term')).toHaveText(['Total', 'Amount due'])
          },
        },
      },
      {
        variant: 'extra fields',
        what: 'line items and a customer id',
        body: (valid) => ({ ...valid, line_items: [{ description: '500 credits' }], customer_id: 'cus_1' }),
        expected: {
          shown: async (page) => {
            const dialog = page.getByRole('dialog')
            await expect(dialog.getByRole('heading', { name: 'Credits bought' })).toBeVisible(FAILED)
            await expect(fact(dialog, 'Invoice')).toHaveText('inv_1')
          },
        },
      },
      {
        variant: 'unknown enum values',
        what: 'a new invoice status',
        body: (valid) => ({ ...valid, status: 'awaiting_bank_transfer' }),
        expected: {
          shown: async (page) => {
            const dialog = page.getByRole('dialog')
            await expect(dialog.getByRole('heading', { name: 'Credits bought' })).toBeVisible(FAILED)
            await expect(fact(dialog, 'Invoice status')).toHaveText('Awaiting bank transfer')
          },
        },
      },
    ],
  },
]

for (const { endpoint, act, refused, always, cases } of malformed) {
  test.describe(`a malformed ${endpoint} payload`, () => {
    for (const { variant, what, body, expected } of cases) {
      const outcome = 'refused' in expected ? `names ${expected.refused}` : 'shows it'
      test(`${variant} (${what}): ${outcome}`, async ({ page }) => {
        const errors = watchErrors(page)
        const api = await useFakeApi(page, { [endpoint]: { body } })
        await act(page)
        if ('refused' in expected) await refused(page, expected.refused, api)
        else await expected.shown(page)
        await expect(page.getByRole('main')).not.toBeEmpty()
        await always?.(page, api)
        expect(errors).toEqual([])
      })
    }
  })
}
