/* global URL, Request, Buffer, sessionStorage */
import { launchBrowser } from './browser.mjs'
import { liveConnection, loadMockApi } from './mock-api.mjs'
import { round, MB } from './stats.mjs'

const TARGET_ROWS = 20_000
const API_PATH = '/api'

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10)
}

/** JS heap in use after two full collections, through CDP. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}

/** Opens the usage page for `days` days up to today and waits for the chart to have every row. */
async function loadRange(page, usageUrl, days) {
  const to = Date.now()
  const url = new URL(usageUrl)
  url.searchParams.set('from', isoDay(to - (days - 1) * 86_400_000))
  url.searchParams.set('to', isoDay(to))
  await page.goto(url.href)
  // The chart's live region, once every row is in: "Balance chart ready: 21,197 entries."
  const ready = page.getByText(/Balance chart ready|No entries to chart/)
  await ready.waitFor({ state: 'attached', timeout: 180_000 })
  const count = (await ready.textContent()).match(/([\d,]+) entries|one entry/)
  return count ? Number((count[1] ?? '1').replace(/,/g, '')) : 0
}

/** The heap with the chart holding about 20,000 rows of the heavy ledger, and with two days of it. */
async function heapFor(context, url) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  // The heavy ledger has about 100 rows a day: find the range that holds about 20,000.
  let days = 200
  let rows = await loadRange(page, url, days)
  days = Math.max(2, Math.round((days * TARGET_ROWS) / Math.max(rows, 1)))
  rows = await loadRange(page, url, days)
  const heap = await heapAfterGc(cdp)
  const fewRows = await loadRange(page, url, 2)
  const baseline = await heapAfterGc(cdp)
  await page.close()
  return {
    rows,
    days,
    heapMB: round(heap / MB),
    twoDays: { rows: fewRows, heapMB: round(baseline / MB) },
    chartRowsMB: round((heap - baseline) / MB),
  }
}

/**
 * JS heap (CDP, after a full GC) once the balance chart has loaded about 20,000 usage rows of the heavy
 * scenario. `live`: the live build, its API answered from Node by the demo's own handlers, so the heap is
 * the app's alone (the figure the target is about). `demo`: the demo build, whose mock API runs in the
 * page and keeps its whole 100,000-row ledger in the same heap.
 */
export async function measureMemory({ demoUrl, liveUrl }) {
  const api = await loadMockApi('heavy')
  const browser = await launchBrowser()
  try {
    const live = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await live.addInitScript(
      (value) => sessionStorage.setItem('billing:connection', value),
      liveConnection(api, API_PATH),
    )
    await live.route(`${liveUrl}${API_PATH}/**`, async (route) => {
      const request = route.request()
      const body = request.postDataBuffer()
      const response = await api.answer(
        new Request(request.url(), {
          method: request.method(),
          headers: request.headers(),
          body: body ?? undefined,
        }),
      )
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      })
    })
    const demo = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    return {
      live: await heapFor(live, `${liveUrl}/usage`),
      demo: await heapFor(demo, `${demoUrl}/usage?scenario=heavy`),
    }
  } finally {
    await browser.close()
  }
}
