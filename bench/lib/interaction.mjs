/* global URL */
import { launchBrowser } from './browser.mjs'
import { instrumentFetch, waitForNewRows, waitForQuiet } from './page-probes.mjs'
import { timeByPart } from './profile.mjs'
import { median, round } from './stats.mjs'

const PAGE_SIZE = 100
const CPU_SLOWDOWN = 4
const PROFILED_RUNS = 3

/** The table's own request: the list query (ordered, one page), not the totals' or the chart's pages. */
function tableRequest(fetches, page, operation) {
  const matching = fetches.filter((entry) => {
    const url = new URL(entry.url)
    return (
      url.searchParams.get('ordering') === '-timestamp' &&
      url.searchParams.get('length') === String(PAGE_SIZE) &&
      (url.searchParams.get('page') ?? '1') === String(page) &&
      (operation === null || url.searchParams.getAll('operation').includes(operation))
    )
  })
  return matching.at(-1) ?? null
}

async function once(page, cdp, baseUrl, kind, profile) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.goto(`${baseUrl}/usage?length=${PAGE_SIZE}`)
  await page
    .locator('.usage-table tbody tr')
    .nth(PAGE_SIZE - 1)
    .waitFor()
  // Totals, filter choices and the chart load after the table: measure on a settled page.
  await page.evaluate(waitForQuiet, 500)
  if (kind === 'filter') await page.getByRole('button', { name: 'Operation' }).click()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  if (profile) await cdp.send('Profiler.start')
  const shown = page.evaluate(waitForNewRows, { expectedRows: PAGE_SIZE })
  if (kind === 'filter') await page.getByRole('checkbox', { name: 'Used' }).check()
  else await page.getByRole('button', { name: 'Next page' }).click()
  const result = await shown
  const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  const request = tableRequest(result.fetches, kind === 'filter' ? 1 : 2, kind === 'filter' ? 'used' : null)
  if (!request?.end) throw new Error(`${kind}: no response for the table's request was seen`)
  const sample = {
    totalMs: result.paintAt - result.clickAt,
    requestMs: request.end - request.start,
    afterResponseMs: result.paintAt - request.end,
    requestsStarted: result.fetches.length,
  }
  if (cpuProfile) {
    const { metrics } = await cdp.send('Performance.getMetrics')
    const navigationStart = metrics.find((metric) => metric.name === 'NavigationStart').value
    sample.afterResponseByPart = timeByPart(
      cpuProfile,
      navigationStart,
      request.end,
      result.paintAt,
      profile.outDir,
    )
  }
  return sample
}

function summary(list, profiled) {
  const parts = [...new Set(profiled.flatMap((s) => Object.keys(s.afterResponseByPart)))]
  const byPart = Object.fromEntries(
    parts
      .map((part) => [part, round(median(profiled.map((s) => s.afterResponseByPart[part] ?? 0)))])
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1]),
  )
  return {
    runs: list.length,
    totalMs: round(median(list.map((s) => s.totalMs))),
    requestMs: round(median(list.map((s) => s.requestMs))),
    afterResponseMs: round(median(list.map((s) => s.afterResponseMs))),
    requestsStarted: median(list.map((s) => s.requestsStarted)),
    afterResponseByPart: { profiledRuns: profiled.length, ms: byPart },
  }
}

/**
 * The usage table of the demo build at 100 rows a page, CPU slowed 4× through CDP: from the click (a
 * new operation filter, or the next page) to the painted frame that shows the new rows, and the part of
 * it after the table's response arrived (parsing, rendering, layout and paint). A few more runs under
 * the CPU profiler say what that part was spent on (they run slower and are not in the medians).
 */
export async function measureInteraction({ baseUrl, runs, outDir }) {
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(instrumentFetch)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    const samples = { filter: [], nextPage: [] }
    const profiled = { filter: [], nextPage: [] }
    for (let run = 0; run < runs; run++) {
      for (const kind of Object.keys(samples)) samples[kind].push(await once(page, cdp, baseUrl, kind, null))
    }
    for (let run = 0; run < PROFILED_RUNS; run++) {
      for (const kind of Object.keys(samples))
        profiled[kind].push(await once(page, cdp, baseUrl, kind, { outDir }))
    }
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      pageSize: PAGE_SIZE,
      filter: summary(samples.filter, profiled.filter),
      nextPage: summary(samples.nextPage, profiled.nextPage),
    }
  } finally {
    await browser.close()
  }
}
