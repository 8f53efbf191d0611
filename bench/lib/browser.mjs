import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from '@playwright/test'

/** The system Chromium (as the e2e suite uses), else Playwright's own; the same flags as Lighthouse gets. */
export const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function launchBrowser() {
  return chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    // Playwright passes its own headless switch; the others as for Lighthouse.
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  })
}

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
export const afterNextPaintSource = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => resolve(performance.now())
  channel.port2.postMessage(null)
}))`
