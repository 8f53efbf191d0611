import type { Locator, Page } from '@playwright/test'
import {
  liveConnection,
  useFakeOtherApi,
  type Fault,
  type OtherBackend,
  type OtherEndpoint,
} from './fake-other-backends'
import { expect, expectNoAxeViolations, test, watchErrors } from './fixtures'
import { liveURL } from './servers'

/**
 * The fault tests of e2e/faults.spec.ts for the other two backends: every Neo and Conviso page against
 * every way its API can fail, on the live build with a stand-in API. A specific message, Retry where it
 * can help, never a blank page or an uncaught error; 4xx never retried, 5xx, network failures and 429
 * retried three times. Conviso is GraphQL, so it also fails inside a 200: `errors`, or no `data`.
 */
test.use({ baseURL: liveURL })
test.describe.configure({ timeout: 60_000 })

const FAILED = { timeout: 25_000 }

type Json = Record<string, unknown>

/** Applies `change` to one credit of a GraphQL answer (`data.dast`), or to every transaction of every credit. */
const onCredit = (change: (credit: Json) => Json) => (valid: Json) => {
  const data = valid.data as Record<string, Json>
  return { ...valid, data: { ...data, dast: change(data.dast!) } }
}
const onTransactions = (change: (transaction: Json) => Json) => (valid: Json) => {
  const data = valid.data as Record<string, Json>
  const credits = Object.entries(data).map(([alias, credit]) => [
    alias,
    { ...credit, transactions: (credit.transactions as Json[]).map(change) },
  ])
  return { ...valid, data: Object.fromEntries(credits) as Json }
}
const without =
  (field: string) =>
  ({ [field]: _dropped, ...rest }: Json) =>
    rest

/** A payload the page must turn into a message naming the field, or show as it came. */
type Malformed = { name: string; body: (valid: Json) => unknown } & (
  { field: RegExp } | { shows: (page: Page) => Locator }
)

type PageCase = {
  backend: OtherBackend
  endpoint: OtherEndpoint
  path: string
  /** The page's heading, there whatever fails: never a blank page. */
  heading: RegExp
  /** Something only the data fills in. */
  loaded: (page: Page) => Locator
  /** An error body as this API sends one. */
  errorBody: (message: string) => unknown
  malformed: Malformed[]
}

const neoError = (message: string) => ({ error: 'error', message })
const graphqlErrorBody = (message: string) => ({ errors: [{ message }] })

const pages: PageCase[] = [
  {
    backend: 'neo',
    endpoint: 'subscription',
    path: '/',
    heading: /^Subscription/,
    loaded: (page) => page.getByRole('table', { name: /Credits each member used/ }),
    errorBody: neoError,
    malformed: [
      {
        name: 'a wrong type',
        body: (valid) => ({ ...valid, available_credits: 'plenty' }),
        field: /not what the dashboard expects: available_credits/,
      },
      {
        name: 'a missing required field',
        body: without('has_subscription'),
        field: /not what the dashboard expects: has_subscription/,
      },
      {
        name: 'missing optional fields',
        body: ({ has_subscription, status }) => ({ has_subscription, status }),
        shows: (page) => page.getByText(/^Next charge: —$/),
      },
      {
        name: 'unknown enum values and extra fields',
        body: (valid) => ({
          ...valid,
          status: 'paused_by_admin',
          brand_new_field: { nested: true },
          per_seat_usage: (valid.per_seat_usage as Json[]).map((seat) => ({
            ...seat,
            seat_status: 'on_leave',
            extra: 1,
          })),
        }),
        shows: (page) => page.getByRole('heading', { level: 1, name: /Paused by admin/ }),
      },
    ],
  },
  {
    backend: 'conviso',
    endpoint: 'credits',
    path: '/',
    heading: /^Execution credits$/,
    loaded: (page) => page.getByRole('heading', { level: 2, name: 'DAST' }),
    errorBody: graphqlErrorBody,
    malformed: [
      {
        name: 'a wrong type',
        body: onCredit((credit) => ({ ...credit, credits: 'lots' })),
        field: /not what the dashboard expects: data\.dast\.credits/,
      },
      {
        name: 'a missing field',
        body: onCredit(without('usedCredits')),
        field: /not what the dashboard expects: data\.dast\.usedCredits/,
      },
      {
        name: 'unknown enum values and extra fields',
        body: onCredit((credit) => ({ ...credit, creditType: 'SAST', rollupType: 'FORTNIGHTLY', extra: 1 })),
        shows: (page) =>
          page
            .getByRole('listitem')
            .filter({ has: page.getByRole('heading', { name: 'SAST' }) })
            .getByText(/Renewal: Fortnightly/),
      },
    ],
  },
  {
    backend: 'conviso',
    endpoint: 'transactions',
    path: '/usage',
    heading: /^Credits usage$/,
    loaded: (page) => page.getByRole('table', { name: /Credit transactions/ }),
    errorBody: graphqlErrorBody,
    malformed: [
      {
        name: 'a wrong type',
        body: onTransactions((transaction) => ({ ...transaction, amount: 'ten' })),
        field: /not what the dashboard expects: data\.\w+\.transactions\.0\.amount/,
      },
      {
        name: 'a missing field',
        body: onTransactions(without('createdAt')),
        field: /not what the dashboard expects: data\.\w+\.transactions\.0\.createdAt/,
      },
      {
        name: 'unknown enum values and extra fields',
        body: onTransactions((transaction) => ({ ...transaction, transactionType: 'ADJUSTMENT', extra: 1 })),
        shows: (page) =>
          page
            .getByRole('table', { name: /Credit transactions/ })
            .getByRole('cell', { name: 'Adjustment' })
            .first(),
      },
    ],
  },
]

type FaultCase = {
  name: string
  fault: Fault
  text: RegExp
  /** Retried automatically (three times) before the page says so. */
  retried: boolean
  /** Offers Retry: whatever may pass on a second try. */
  retry: boolean
}

/** HTTP failures, with the body in the style of the API (or of a proxy in front of it). */
const httpFaults = (errorBody: PageCase['errorBody']): FaultCase[] => [
  {
    name: '403',
    fault: { status: 403, json: errorBody('This API key cannot read billing.') },
    text: /This API key cannot read billing\./,
    retried: false,
    retry: false,
  },
  {
    name: '404',
    fault: { status: 404, json: errorBody('No such billing account.') },
    text: /No such billing account\./,
    retried: false,
    retry: false,
  },
  {
    name: '429 with Retry-After',
    fault: { status: 429, json: errorBody('Rate limit exceeded.'), headers: { 'Retry-After': '1' } },
    text: /Rate limit exceeded\. Try again in 1 second/,
    retried: true,
    retry: true,
  },
  {
    name: '500',
    fault: { status: 500, json: errorBody('Internal server error.') },
    text: /Internal server error\. \(HTTP 500\)/,
    retried: true,
    retry: true,
  },
  {
    name: '502 with an HTML body',
    fault: {
      status: 502,
      html: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    },
    text: /502 Bad Gateway/,
    retried: true,
    retry: true,
  },
  {
    name: 'a dropped connection',
    fault: { drop: true },
    text: /Could not reach the API/,
    retried: true,
    retry: true,
  },
]

const graphqlAnswer = (errors: Json[], data: unknown = null): Fault => ({
  status: 200,
  json: { data, errors },
})

/** GraphQL's failures inside a 200 answer, read by their `extensions.code` or, without one, their words. */
const graphqlFaults: FaultCase[] = [
  {
    name: 'errors, FORBIDDEN',
    fault: graphqlAnswer([
      { message: 'Scope - Resource not accessible for id: 1042', extensions: { code: 'FORBIDDEN' } },
    ]),
    text: /not allowed[\s\S]*Scope - Resource not accessible for id: 1042/i,
    retried: false,
    retry: false,
  },
  {
    name: 'errors, INTERNAL_SERVER_ERROR',
    fault: graphqlAnswer([
      { message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]),
    text: /the server had a problem[\s\S]*Something went wrong on our side\./i,
    retried: true,
    retry: true,
  },
  {
    name: 'errors without a code',
    fault: graphqlAnswer([
      { message: "Field 'usedCredits' doesn't exist on type 'ExecutionCredit'" },
      { message: "Field 'rollupType' doesn't exist on type 'ExecutionCredit'" },
    ]),
    text: /Field 'usedCredits' doesn't exist on type 'ExecutionCredit' \(and 1 more\)/,
    retried: false,
    retry: false,
  },
  {
    name: 'data: null without errors',
    fault: { status: 200, json: { data: null } },
    text: /not what the dashboard expects: data is missing/,
    retried: false,
    retry: true,
  },
]

/** The URL is the page's path again (with nothing but its own search). */
const atPath = (path: string) => new RegExp(`:\\d+${path.replace(/\//g, '\\/')}(\\?.*)?$`)

for (const { backend, endpoint, path, heading, loaded, errorBody, malformed } of pages) {
  test.describe(`${backend} ${path} when ${endpoint} fails`, () => {
    const faults = [...httpFaults(errorBody), ...(backend === 'conviso' ? graphqlFaults : [])]
    for (const { name, fault, text, retried, retry } of faults) {
      test(`${name}: says what went wrong${retried ? ', after retrying' : ', without retrying'}${retry ? ', with Retry' : ''}`, async ({
        page,
      }) => {
        const errors = watchErrors(page)
        const api = await useFakeOtherApi(page, backend, { [endpoint]: fault })
        await page.goto(path)
        const message = page.getByRole('alert').filter({ hasText: text }).first()
        await expect(message).toBeVisible(FAILED)
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
        await expect(message.getByRole('button', { name: 'Retry' })).toHaveCount(retry ? 1 : 0)
        // Every block of a page shares one request (Conviso's usage list and totals share one answer).
        expect(api.count(endpoint)).toBe(retried ? 4 : 1)
        expect(errors).toEqual([])
        await expectNoAxeViolations(page)
      })
    }

    const rejections: { name: string; fault: Fault; reason: string }[] = [
      {
        name: '401',
        fault: { status: 401, json: errorBody('Token has expired.') },
        reason: 'Token has expired.',
      },
    ]
    if (backend === 'conviso') {
      rejections.push({
        name: 'errors, UNAUTHENTICATED',
        fault: graphqlAnswer([{ message: 'API key has expired.', extensions: { code: 'UNAUTHENTICATED' } }]),
        reason: 'API key has expired.',
      })
    }
    for (const { name, fault, reason } of rejections) {
      test(`${name}: goes to the connection screen once, and back to ${backend} after reconnecting`, async ({
        page,
      }) => {
        const errors = watchErrors(page)
        const connectScreens: string[] = []
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame() && new URL(frame.url()).pathname === '/connect')
            connectScreens.push(frame.url())
        })
        const api = await useFakeOtherApi(page, backend, { [endpoint]: fault })
        await page.goto(path)
        await expect(page.getByText(`Your session ended: ${reason}`)).toBeVisible(FAILED)
        // The connection screen offers the same API again: its kind and company are kept, not the key.
        await expect(page.getByLabel('Billing API')).toHaveValue(backend)
        await expect(page.getByLabel('API URL')).toHaveValue(liveConnection(backend).apiUrl)
        if (backend === 'conviso')
          await expect(page.getByLabel('Company ID')).toHaveValue(liveConnection(backend).companyId ?? '')
        await expect(page.getByLabel('API key')).toHaveValue('')
        expect(api.count(endpoint)).toBe(1)

        delete api.faults[endpoint]
        await page.getByLabel('API key').fill(liveConnection(backend).apiKey)
        await page.getByRole('button', { name: 'Connect' }).click()
        await expect(page).toHaveURL(atPath(path))
        await expect(loaded(page)).toBeVisible(FAILED)
        await expect(page.getByRole('alert')).toHaveCount(0)
        expect(connectScreens).toHaveLength(1)
        const stored = await page.evaluate(() => sessionStorage.getItem('billing:connection'))
        expect(JSON.parse(stored ?? 'null')).toEqual(liveConnection(backend))
        expect(errors).toEqual([])
      })
    }

    test('a 10 s answer: loading states, then the data', async ({ page }) => {
      const errors = watchErrors(page)
      await useFakeOtherApi(page, backend, { [endpoint]: { delayMs: 10_000 } })
      await page.goto(path)
      await expect(page.locator('[aria-busy="true"], .skeleton').first()).toBeVisible()
      await expect(loaded(page)).toBeVisible(FAILED)
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0)
      await expect(page.getByRole('alert')).toHaveCount(0)
      expect(errors).toEqual([])
    })

    for (const item of malformed) {
      const says = 'field' in item ? 'names the unexpected field' : 'shows what came, without an error'
      test(`${item.name} in the payload: ${says}`, async ({ page }) => {
        const errors = watchErrors(page)
        const api = await useFakeOtherApi(page, backend, { [endpoint]: { body: item.body } })
        await page.goto(path)
        if ('field' in item) {
          const message = page.getByRole('alert').filter({ hasText: item.field }).first()
          await expect(message).toBeVisible(FAILED)
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
          // A payload that does not fit will not fit on the next try by itself: no retries, but Retry.
          await expect(message.getByRole('button', { name: 'Retry' })).toBeVisible()
          expect(api.count(endpoint)).toBe(1)
        } else {
          await expect(item.shows(page)).toBeVisible(FAILED)
          await expect(page.getByRole('alert')).toHaveCount(0)
        }
        expect(errors).toEqual([])
      })
    }
  })
}

test.describe('Conviso partial answers', () => {
  test('a credit type the company lacks (null with a NOT_FOUND error) is left out, not an error', async ({
    page,
  }) => {
    const errors = watchErrors(page)
    await useFakeOtherApi(page, 'conviso', {
      credits: {
        body: (valid) => ({
          data: { ...(valid.data as Json), aiPentest: null },
          errors: [{ message: 'Not found', path: ['aiPentest'], extensions: { code: 'NOT_FOUND' } }],
        }),
      },
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: 'DAST' })).toBeVisible(FAILED)
    await expect(page.getByRole('heading', { level: 2, name: 'AI Pentest' })).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(errors).toEqual([])
  })
})
