import { defineConfig, devices, type LaunchOptions } from '@playwright/test'
import { demoURL, e2eOutDir, e2ePort, liveApiPath, livePort, liveURL } from './e2e/servers.ts'
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs'

const isCI = !!process.env.CI
const port = e2ePort
const outDir = e2eOutDir
const baseURL = demoURL
const vite = 'node node_modules/vite/bin/vite.js'

const launchOptions: LaunchOptions | undefined = chromiumPath
  ? { executablePath: chromiumPath, args: chromiumFlags }
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
  // Type-checking is its own step of `npm test`; here only the production builds are needed.
  webServer: [
    {
      command: `${vite} build --mode demo --outDir ${outDir} && ${vite} preview --mode demo --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: !isCI,
      timeout: 180_000,
    },
    {
      command: `${vite} build --outDir ${outDir}-live && ${vite} preview --outDir ${outDir}-live --host 127.0.0.1 --port ${livePort} --strictPort`,
      env: { VITE_API_URL: liveApiPath },
      url: liveURL,
      reuseExistingServer: !isCI,
      timeout: 180_000,
    },
  ],
})
