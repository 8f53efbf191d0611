import { bundleReport, FIRST_ROUTE_BUDGET } from '../../scripts/bundle-report.mjs'
import { gzipByPart } from './attribution.mjs'
import { allJsGzip, buildApp, buildPage } from './build.mjs'
import { KB, round } from './stats.mjs'

/** The lazy chunk of each route, and what that route loads later on its own (chart, CSV export). */
const ROUTES = {
  '/': 'src/features/subscription/OverviewPage.tsx',
  '/usage': 'src/app/UsageRoute.tsx',
  '/settings/top-up': 'src/features/auto-top-up/TopUpPage.tsx',
}

/**
 * Gzip bytes (level 9) of the JavaScript of a live build, from its manifest: what the first route loads,
 * each route's own lazy chunks, and the floor, React and ReactDOM alone, built the same way.
 */
export async function measureBundle() {
  const live = await buildApp('live')
  const floorGzip = allJsGzip(await buildPage('reference'))
  const report = bundleReport(live)
  const lazyGzip = Object.fromEntries(report.lazy.map((chunk) => [chunk.key, chunk.gzip]))
  const routes = Object.fromEntries(
    Object.entries(ROUTES).map(([route, key]) => {
      const later = (report.manifest[key]?.dynamicImports ?? []).map((child) => ({
        chunk: child,
        kb: round(lazyGzip[child] / KB),
      }))
      return [route, { chunk: key, kb: round(lazyGzip[key] / KB), later }]
    }),
  )
  const firstRouteFiles = [...report.firstRoute].map((key) => report.manifest[key].file)
  const byPart = Object.entries(gzipByPart(live, firstRouteFiles))
    .map(([part, bytes]) => ({ part, kb: round(bytes / KB) }))
    .filter((entry) => entry.kb >= 0.5)
    .sort((a, b) => b.kb - a.kb)
  return {
    firstRouteKB: round(report.firstRouteGzip / KB),
    budgetKB: FIRST_ROUTE_BUDGET / KB,
    entryKB: round(report.entryGzip / KB),
    floorKB: round(floorGzip / KB),
    ratioToFloor: round(report.firstRouteGzip / floorGzip, 2),
    firstRouteByPart: byPart,
    routes,
    lazyChunks: report.lazy
      .map((chunk) => ({ chunk: chunk.key, kb: round(chunk.gzip / KB) }))
      .sort((a, b) => b.kb - a.kb),
  }
}
