// `npm run bench`: builds the app, measures what users feel, prints a table and writes bench/results.json.
// Options: --only=bundle,lighthouse,interaction,chart,memory   --quick (fewer runs, for trying things out)
import console from 'node:console'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import process from 'node:process'
import { buildApp, buildPage } from './lib/build.mjs'
import { measureBundle } from './lib/bundle.mjs'
import { launchBrowser } from './lib/browser.mjs'
import { measureChart } from './lib/chart.mjs'
import { measureInteraction } from './lib/interaction.mjs'
import { measureLighthouse } from './lib/lighthouse.mjs'
import { measureMemory } from './lib/memory.mjs'
import { liveConnection, loadMockApi, serveMockApi } from './lib/mock-api.mjs'
import { printTable, verdicts } from './lib/report.mjs'
import { preview } from './lib/server.mjs'

const STEPS = ['bundle', 'lighthouse', 'interaction', 'chart', 'memory']
/** Ports of the bench's own servers; Chromium's DevTools port for Lighthouse is the last. */
const PORTS = { demo: 4190, live: 4191, chart: 4192, mockApi: 4193, chromium: 4199 }
const ROUTES = ['/', '/usage', '/settings/top-up']

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}`))?.split('=')[1] ?? null
const only = option('only')?.split(',') ?? STEPS
const unknown = only.filter((step) => !STEPS.includes(step))
if (unknown.length) throw new Error(`unknown step(s): ${unknown.join(', ')}; steps: ${STEPS.join(', ')}`)
const quick = process.argv.includes('--quick')
const runs = quick
  ? { lighthouse: 1, interaction: 3, chart: 5 }
  : { lighthouse: 3, interaction: 10, chart: 10 }
const wants = (step) => only.includes(step)

async function withServer(options, use) {
  const server = await preview(options)
  try {
    return await use(server.url)
  } finally {
    await server.stop()
  }
}

async function environment() {
  const browser = await launchBrowser()
  const chromium = browser.version()
  await browser.close()
  const lighthouse = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version
  return {
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    lighthouse,
  }
}

const started = Date.now()
const results = { generatedAt: new Date().toISOString(), quick, environment: await environment() }
const failed = {}
const log = (text) => console.log(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${text}`)

/** Runs one measurement; a failure is reported and recorded, and the other steps still run. */
async function measure(name, run) {
  try {
    return await run()
  } catch (error) {
    failed[name] = error instanceof Error ? error.message : String(error)
    log(`${name} failed: ${failed[name]}`)
    return undefined
  }
}

if (wants('bundle')) {
  log('bundle: live build, React floor')
  results.bundle = await measure('bundle', measureBundle)
} else if (['lighthouse', 'memory'].some(wants)) {
  await buildApp('live')
}
if (['lighthouse', 'interaction', 'memory'].some(wants)) {
  log('demo build')
  await buildApp('demo')
}
if (['lighthouse', 'interaction'].some(wants)) {
  await withServer({ outDir: 'bench/out/demo', mode: 'demo', port: PORTS.demo }, async (baseUrl) => {
    if (wants('lighthouse')) {
      log(`lighthouse, demo build: ${runs.lighthouse} runs per route`)
      results.lighthouse = {
        demo: await measure('lighthouse (demo)', () =>
          measureLighthouse({
            name: 'demo',
            baseUrl,
            routes: ROUTES,
            runs: runs.lighthouse,
            chromiumPort: PORTS.chromium,
          }),
        ),
      }
    }
    if (wants('interaction')) {
      log(`interaction: ${runs.interaction} runs each`)
      results.interaction = await measure('interaction', () =>
        measureInteraction({ baseUrl, runs: runs.interaction, outDir: 'bench/out/demo' }),
      )
    }
  })
}
if (wants('lighthouse')) {
  // For comparison: the live build, its API (the demo's handlers) answering from Node through the
  // preview server's proxy, so no mock runs in the page.
  log(`lighthouse, live build: ${runs.lighthouse} runs per route`)
  const api = await loadMockApi('healthy')
  const apiServer = await serveMockApi(api, PORTS.mockApi)
  try {
    const env = { API_PROXY_TARGET: apiServer.url, API_PROXY_PATH: '/api' }
    await withServer({ outDir: 'bench/out/live', port: PORTS.live, env }, async (baseUrl) => {
      results.lighthouse.live = await measure('lighthouse (live)', () =>
        measureLighthouse({
          name: 'live',
          baseUrl,
          routes: ROUTES,
          runs: runs.lighthouse,
          chromiumPort: PORTS.chromium,
          connection: liveConnection(api, '/api'),
        }),
      )
    })
  } finally {
    await apiServer.stop()
  }
}
if (wants('chart')) {
  log('chart page')
  const outDir = await buildPage('chart')
  await withServer({ outDir, port: PORTS.chart }, async (baseUrl) => {
    log(`chart: ${runs.chart} draws each`)
    results.chart = await measure('chart', () => measureChart({ baseUrl, runs: runs.chart }))
  })
}
if (wants('memory')) {
  log('memory')
  await withServer({ outDir: 'bench/out/demo', mode: 'demo', port: PORTS.demo }, (demoUrl) =>
    withServer({ outDir: 'bench/out/live', port: PORTS.live }, async (liveUrl) => {
      results.memory = await measure('memory', () => measureMemory({ demoUrl, liveUrl }))
    }),
  )
}
if (Object.keys(failed).length) results.failed = failed

results.verdicts = verdicts(results)
results.durationSeconds = Math.round((Date.now() - started) / 1000)
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
console.log('')
printTable(results.verdicts)
console.log(`\nbench/results.json written (${results.durationSeconds} s)`)
if (results.failed) {
  console.log(
    `Failed: ${Object.entries(results.failed)
      .map(([name, reason]) => `${name}: ${reason}`)
      .join('; ')}`,
  )
  process.exitCode = 1
}
