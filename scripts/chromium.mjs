// The browser every check drives (e2e, benchmark, Lighthouse): PLAYWRIGHT_CHROMIUM_PATH if set, else the
// system Chromium at /usr/bin/chromium if present, else none (Playwright's own, after
// `npx playwright install chromium` on a laptop), with the flags a container without a GPU or sandbox needs.
import { existsSync } from 'node:fs'
import process from 'node:process'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** @type {string | undefined} */
export const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined)

/** Without `--headless`: Playwright passes its own; Lighthouse's Chromium adds `--headless=new`. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
