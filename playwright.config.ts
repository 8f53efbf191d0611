import { existsSync } from 'node:fs'

import { defineConfig, devices, type LaunchOptions } from '@playwright/test'

const isCI = !!process.env.CI
// E2E_PORT and E2E_OUT_DIR let two checkouts (or two people) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_OUT_DIR ?? 'dist-demo'
const baseURL = `http://127.0.0.1:${port}`
const vite = 'node node_modules/vite/bin/vite.js'

/**
 * Browser: PLAYWRIGHT_CHROMIUM_PATH if set, else the system Chromium at /usr/bin/chromium if present,
 * else Playwright's own bundled Chromium (`npx playwright install chromium` on a laptop).
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined)

const launchOptions: LaunchOptions | undefined = chromiumPath
  ? {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : undefined

export default defineConfig({
  testDir: 'e2e',
  outputDir: outDir === 'dist-demo' ? 'test-results' : `test-results/${outDir}`,
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  ...(isCI ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        ...(launchOptions ? { launchOptions } : {}),
      },
    },
  ],
  webServer: {
    // Type-checking is its own step of `npm test`; here only the production demo build is needed.
    command: `${vite} build --mode demo --outDir ${outDir} && ${vite} preview --mode demo --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
  },
})
