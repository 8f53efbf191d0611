import { existsSync } from 'node:fs'

import { defineConfig, devices, type LaunchOptions } from '@playwright/test'

const isCI = !!process.env.CI
const baseURL = 'http://127.0.0.1:4173'

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
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  ...(isCI ? { workers: 2 } : {}),
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
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
    command:
      'npm run build:demo && node node_modules/vite/bin/vite.js preview --mode demo --host 127.0.0.1 --port 4173 --strictPort',
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 180_000,
  },
})
