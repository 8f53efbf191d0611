import { chromium } from '@playwright/test'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs'

/** The same browser and flags as the e2e suite; Lighthouse's copy runs headless=new by its own switch. */
export const CHROMIUM = chromiumPath ?? '/usr/bin/chromium'
export const CHROME_FLAGS = ['--headless=new', ...chromiumFlags]

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
}

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
export const afterNextPaintSource = `() => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => resolve(performance.now())
  channel.port2.postMessage(null)
}))`
