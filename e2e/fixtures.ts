import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/**
 * Every test fails on a Content-Security-Policy violation (the preview server sends the production
 * headers); tests that ask for `consoleErrors` also fail on an uncaught error or a console error.
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: void }>({
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          ;(window.__cspViolations ??= []).push(`${event.effectiveDirective}: ${event.blockedURI}`)
        })
      })
      await use()
      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])
      expect(violations, 'no Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    await use(errors)
    expect(errors, 'no uncaught errors or console errors').toEqual([])
  },
})

export { expect }

/**
 * For the fault tests, where the browser's own "Failed to load resource" lines are expected: every
 * other console error, and any uncaught error, collected for the test to check.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text())
  })
  return errors
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}
