/* global sessionStorage, URL */
import lighthouse from 'lighthouse'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'
import { OUT } from './build.mjs'
import { startChromium } from './chromium.mjs'
import { median, round } from './stats.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const METRICS = {
  lcpMs: 'largest-contentful-paint',
  fcpMs: 'first-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
}

/** What cost points: scored audits that did not pass, by category. */
function shortfalls(lhr) {
  const found = {}
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]
    if (!category || category.score === 1) continue
    found[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => ref.id)
  }
  return found
}

/** One Lighthouse run in a new tab; a run whose trace came out broken (it happens) is made again. */
async function audit(browser, url, connection, attempts = 3) {
  const page = await browser.newPage()
  if (connection)
    await page.evaluateOnNewDocument(
      (value) => sessionStorage.setItem('billing:connection', value),
      connection,
    )
  const result = await lighthouse(
    url,
    { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    undefined,
    page,
  )
  await page.close()
  const { lhr } = result
  if (!lhr.runtimeError) return lhr
  if (attempts > 1) return audit(browser, url, connection, attempts - 1)
  throw new Error(`${url}: ${lhr.runtimeError.message}`)
}

/**
 * Lighthouse's default (mobile) configuration against each route: runs × routes, each run a cold load in
 * a new tab (Lighthouse clears the origin's storage, so in the demo the mock service worker starts each
 * time). `connection`, if given, is put in sessionStorage before the app runs (a live build's API key).
 */
export async function measureLighthouse({ name, baseUrl, routes, runs, chromiumPort, connection = null }) {
  const chromium = await startChromium(chromiumPort)
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}` })
  const reports = join(OUT, 'lighthouse')
  mkdirSync(reports, { recursive: true })
  const results = {}
  try {
    for (const route of routes) {
      const samples = []
      for (let run = 1; run <= runs; run++) {
        const lhr = await audit(browser, `${baseUrl}${route}`, connection)
        if (new URL(lhr.finalDisplayedUrl).pathname !== route)
          throw new Error(`${route} ended at ${lhr.finalDisplayedUrl}`)
        writeFileSync(join(reports, `${name}${route.replace(/\W+/g, '_')}-${run}.json`), JSON.stringify(lhr))
        samples.push({
          scores: Object.fromEntries(
            CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]),
          ),
          metrics: Object.fromEntries(
            Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id].numericValue]),
          ),
          shortfalls: shortfalls(lhr),
          lcpElement:
            lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
        })
      }
      results[route] = {
        runs: samples.length,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(samples.map((s) => s.scores[id]))])),
        metrics: Object.fromEntries(
          Object.keys(METRICS).map((key) => [
            key,
            round(median(samples.map((s) => s.metrics[key])), key === 'cls' ? 3 : 0),
          ]),
        ),
        // Audits that cost points in most runs.
        belowPar: [...new Set(samples.flatMap((s) => Object.values(s.shortfalls).flat()))].filter(
          (audit) =>
            samples.filter((s) => Object.values(s.shortfalls).flat().includes(audit)).length * 2 >
            samples.length,
        ),
        lcpElement: samples.at(-1)?.lcpElement ?? null,
      }
    }
  } finally {
    await browser.disconnect()
    await chromium.stop()
  }
  return results
}
