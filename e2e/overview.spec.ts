import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

/** Opens the overview in a scenario and waits until every block has its data. */
async function openOverview(page: Page, scenario = 'healthy') {
  await page.goto(`/?scenario=${scenario}`)
  await expect(page.getByRole('heading', { level: 1, name: /plan/ })).toBeVisible()
  await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0)
}

/** The value beside a term in one of the details cards. */
function fact(page: Page, card: string, term: string) {
  return page.getByRole('region', { name: card }).locator('dt', { hasText: term }).locator('+ dd')
}

async function availableCredits(page: Page): Promise<number> {
  const figure = page.getByRole('article', { name: 'Credits' }).locator('.card__figure')
  return Number((await figure.innerText()).replace(/\D/g, ''))
}

test.describe('overview', () => {
  // The demo anchors its dates on today's UTC date (the trial ends 12 UTC days later): read them in UTC.
  test.use({ timezoneId: 'UTC' })

  test('healthy: plan, credits, usage this period linked to the ledger, auto top-up, packs', async ({
    page,
  }) => {
    await openOverview(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Pro plan Active')
    await expect(page.getByText('Per unit · €499.00 per target every month · 5 targets')).toBeVisible()
    await expect(page.getByText(/^Renews on .+ \(in \d+ days?\) for €2,495\.00$/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Plan' })).toContainText('Continuous scanning')
    await expect(fact(page, 'Plan', 'Price')).toHaveText('€499.00 per target every month')
    await expect(fact(page, 'Plan', 'Scan profiles')).toHaveText('Lightning, Normal, Full, API')
    await expect(fact(page, 'Billing details', 'Auto-collection')).toHaveText('On · charged automatically')
    await expect(fact(page, 'Billing details', 'Account balance')).toHaveText('€125.00')
    await expect(fact(page, 'Capacity', 'Free slots for unlimited-scan targets')).toHaveText('2')
    await expect(page.getByRole('article', { name: 'Credits' })).toContainText(/[\d,]+ credits available/)
    await expect(page.getByRole('article', { name: 'Auto top-up' })).toContainText(
      'when the balance runs out',
    )
    await expect(page.getByRole('button', { name: /^Buy / })).toHaveCount(3)
    await expect(page.getByRole('note', { name: 'Low balance' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'View last period' }).click()
    await expect(page).toHaveURL(/\/usage\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&operation=used$/)
  })

  test('trial: days left and when the trial ends', async ({ page }) => {
    await openOverview(page, 'trial')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      'Pro plan Trial · 12 days left',
    )
    await expect(page.getByText(/^Trial ends in 12 days, on .+ · then €2,495\.00$/)).toBeVisible()
    await expect(fact(page, 'Plan', 'Trial plan')).toHaveText('Yes')
    await expectNoAxeViolations(page)
  })

  test('non-renewing: when it ends and that nothing more is charged', async ({ page }) => {
    await openOverview(page, 'non-renewing')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Pro plan Ending')
    await expect(page.getByText(/^Ends on .+ · no more charges$/)).toBeVisible()
    await expect(fact(page, 'Billing details', 'Next billing amount')).toHaveText('None')
    await expect(fact(page, 'Billing details', 'Auto-collection')).toHaveText('Off · invoiced, paid manually')
    await expectNoAxeViolations(page)
  })

  test('cancelled: no charges, no billing period, nothing to buy', async ({ page }) => {
    await openOverview(page, 'cancelled')
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Pro plan Cancelled')
    await expect(page.getByText('No upcoming charges')).toBeVisible()
    await expect(
      page.getByText('Credits cannot be bought on a cancelled subscription.', { exact: true }),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: /^Buy / })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('low balance: the warning, its level, and the way to buy', async ({ page }) => {
    await openOverview(page, 'low-balance')
    const warning = page.getByRole('note', { name: 'Low balance' })
    await expect(warning).toContainText('37 credits available, below your warning level of 100 credits.')
    await expect(warning.getByRole('link', { name: 'Set up auto top-up' })).toBeVisible()
    await expectNoAxeViolations(page)
    await warning.getByRole('button', { name: 'Buy credits' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Buy credits' })).toBeFocused()

    await page.getByRole('button', { name: 'Change low-balance warning' }).click()
    await page.getByLabel('Warn me when available credits fall below').fill('30')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(warning).toHaveCount(0)
    await page.reload()
    await expect(page.getByText('Warn me below 30 credits')).toBeVisible()
  })

  test('buys a pack: confirm in a modal dialog, see the invoice, the balance goes up', async ({ page }) => {
    await openOverview(page)
    const before = await availableCredits(page)
    const buy = page.getByRole('button', { name: 'Buy 500 credits for €450.00' })
    await buy.click()
    const dialog = page.getByRole('dialog', { name: 'Buy 500 credits?' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('€450.00')
    await expect(dialog).toContainText('EUR')
    await expectNoAxeViolations(page)

    // The page behind a modal dialog is inert: Tab only ever reaches the dialog (or the browser's own UI).
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab')
      const inside = await dialog.evaluate(
        (element) => element.contains(document.activeElement) || document.activeElement === document.body,
      )
      expect(inside).toBe(true)
    }

    await dialog.getByRole('button', { name: 'Buy for €450.00' }).click()
    const done = page.getByRole('dialog', { name: 'Credits bought' })
    await expect(done).toContainText('500 credits added to your balance.')
    await expect(done.getByText('Total', { exact: true }).locator('+ dd')).toHaveText('€450.00')
    await expect(done.getByText('Amount due', { exact: true }).locator('+ dd')).toHaveText('€0.00')
    await done.getByRole('button', { name: 'Close' }).click()
    await expect(done).toBeHidden()
    await expect(buy).toBeFocused()
    await expect.poll(() => availableCredits(page)).toBe(before + 500)
  })

  test('Escape closes the buy dialog without buying and returns focus', async ({ page }) => {
    await openOverview(page)
    const before = await availableCredits(page)
    const buy = page.getByRole('button', { name: 'Buy 100 credits for €100.00' })
    await buy.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Buy 100 credits?' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(buy).toBeFocused()
    expect(await availableCredits(page)).toBe(before)
  })

  test('nothing moves while the blocks load on a slow network', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { __shifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          shifts.push(entry.value)
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto('/?scenario=slow')
    await expect(page.locator('.skeleton').first()).toBeVisible()
    await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 })
    const total = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
    )
    expect(total).toBeLessThan(0.01)
  })
})

test.describe('overview in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' })

  test('dates are local, with the exact UTC instant on hover, and the trial count matches its date', async ({
    page,
  }) => {
    await openOverview(page, 'trial')
    const end = page.getByText(/^Trial ends/).locator('time')
    const iso = await end.getAttribute('datetime')
    const local = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeZone: 'America/Los_Angeles',
    }).format(new Date(iso ?? ''))
    await expect(end).toHaveText(local)
    await expect(end).toHaveAttribute('title', `${(iso ?? '').replace('T', ' ').slice(0, 19)} UTC`)
    const sentence = await page.getByText(/^Trial ends/).innerText()
    const days = /in (\d+) days/.exec(sentence)?.[1]
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(
      `Pro plan Trial · ${days} days left`,
    )
  })
})

test.describe('overview on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 800 } })

  for (const scenario of ['healthy', 'trial', 'low-balance']) {
    test(`nothing scrolls sideways (${scenario})`, async ({ page }) => {
      await openOverview(page, scenario)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      await expect(page.getByRole('button', { name: 'Buy 500 credits for €450.00' })).toBeVisible()
    })
  }
})

test.describe('overview in dark mode', () => {
  test.use({ colorScheme: 'dark' })

  for (const scenario of ['healthy', 'trial', 'non-renewing', 'cancelled', 'low-balance']) {
    test(`axe finds no violations (${scenario})`, async ({ page }) => {
      await openOverview(page, scenario)
      await expectNoAxeViolations(page)
    })
  }

  test('axe finds no violations with the buy dialog open', async ({ page }) => {
    await openOverview(page)
    await page.getByRole('button', { name: 'Buy 1,000 credits for €800.00' }).click()
    await expect(page.getByRole('dialog', { name: 'Buy 1,000 credits?' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
