// Screenshots of every page at desktop and phone widths, light and dark, from a running demo build:
//   npm run build:demo && npm run preview:demo   (then, in another shell)
//   node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
/* global document -- used inside page.waitForFunction, which runs in the browser */
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './chromium.mjs'

const [baseUrl = 'http://127.0.0.1:4173', outDir = 'screenshots', ...paths] = process.argv.slice(2)
const routes = paths.length ? paths : ['/', '/usage', '/settings/top-up', '/connect']

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
for (const [width, height] of [
  [1280, 900],
  [390, 844],
]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme })
    for (const route of routes) {
      await page.goto(new URL(route, baseUrl).href)
      await page.waitForLoadState('networkidle')
      await page.waitForFunction(() => !document.querySelector('.skeleton, [aria-busy="true"]'), null, {
        timeout: 15_000,
      })
      const name = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: true })
    }
    await page.close()
  }
}
await browser.close()
