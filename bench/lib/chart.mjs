/* global window, document */
import { launchBrowser } from './browser.mjs'
import { median, round } from './stats.mjs'

/**
 * The chart page (bench/chart): LTTB downsampling of 100,000 rows timed directly; drawing, ours (series
 * + recharts) and uPlot's (every row), each to the painted frame, in turns so drift hits all alike.
 */
export async function measureChart({ baseUrl, runs }) {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (error) => {
      throw error
    })
    await page.goto(baseUrl, { timeout: 120_000 })
    await page.waitForFunction(() => document.title === 'ready', null, { timeout: 120_000 })
    const { rows, markers, size } = await page.evaluate(() => ({
      rows: window.bench.rows,
      markers: window.bench.markers,
      size: window.bench.size,
    }))
    // Warm-up: the first runs pay for compiling and for the modules' first use.
    await page.evaluate(() => window.bench.timeSeries(5))
    const series = await page.evaluate((n) => window.bench.timeSeries(n), Math.max(runs, 20))
    const draws = { chart: [], chartOnly: [], reference: [] }
    const calls = { chart: 'drawChart', chartOnly: 'drawChartOnly', reference: 'drawReference' }
    const kinds = Object.keys(draws)
    for (let run = -2; run < runs; run++) {
      // The order turns each run, so that no kind always follows the same one.
      const order = kinds.map((_, i) => kinds[(i + run + kinds.length) % kinds.length])
      for (const kind of order) {
        const result = await page.evaluate((name) => window.bench[name](), calls[kind])
        if (run >= 0) draws[kind].push(result)
      }
    }
    const chartMs = median(draws.chart.map((d) => d.ms))
    const referenceMs = median(draws.reference.map((d) => d.ms))
    return {
      rows,
      markers,
      size,
      seriesMs: round(median(series.times), 2),
      seriesPoints: series.points,
      drawMs: round(chartMs),
      plotOnlyMs: round(median(draws.chartOnly.map((d) => d.ms))),
      uplotMs: round(referenceMs),
      ratioToUplot: round(chartMs / referenceMs, 2),
      runs,
    }
  } finally {
    await browser.close()
  }
}
