// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleReport, FIRST_ROUTE_BUDGET, staticClosure } from './bundle-report.mjs'

/** The live build is what gets deployed: no demo backend, and recharts only where the chart is. */
const CHART_SOURCE = 'src/features/balance-chart/BalancePlot.tsx'

describe('live build output', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'billing-live-'))
  let report: ReturnType<typeof bundleReport>
  const text = (file: string) => readFileSync(join(outDir, file), 'utf8')

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    } finally {
      process.env.NODE_ENV = nodeEnv
    }
    report = bundleReport(outDir)
  }, 120_000)

  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('contains no MSW code, no mock handlers and no demo key', () => {
    expect(report.jsFiles.length).toBeGreaterThan(0)
    for (const file of report.jsFiles) {
      for (const marker of ['mockServiceWorker', 'setupWorker', 'msw', 'demo-key', 'billing-demo']) {
        expect(text(file).includes(marker), `${file} contains "${marker}"`).toBe(false)
      }
    }
  })

  it('has no module of the demo in it, by its source maps', () => {
    // Every chunk has a map except rolldown's tiny runtime, which is built from no module.
    for (const file of report.jsFiles.filter((name) => existsSync(join(outDir, `${name}.map`)))) {
      const { sources } = JSON.parse(text(`${file}.map`)) as { sources: string[] }
      const demo = sources.filter((source) =>
        /src\/mocks\/|src\/app\/(demo|DemoBar)\.tsx?$|node_modules\/msw\//.test(source),
      )
      expect(demo, `${file} is built from demo modules`).toEqual([])
    }
  })

  it(`loads at most ${FIRST_ROUTE_BUDGET / 1024} KB of gzipped JavaScript for the first route`, () => {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    expect(
      report.firstRouteGzip,
      `first route: ${kb(report.firstRouteGzip)} (entry ${kb(report.entryGzip)})`,
    ).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
  })

  it('does not ship the worker script', () => {
    expect(readdirSync(outDir)).not.toContain('mockServiceWorker.js')
  })

  it("keeps recharts in the chart's own chunk", () => {
    const { manifest } = report
    const chart = staticClosure(manifest, CHART_SOURCE)
    const elsewhere = new Set(
      Object.keys(manifest)
        .filter((key) => (manifest[key]!.isEntry || manifest[key]!.isDynamicEntry) && key !== CHART_SOURCE)
        .flatMap((key) => [...staticClosure(manifest, key)]),
    )
    const withRecharts = Object.keys(manifest).filter((key) => {
      const { file } = manifest[key]!
      return file.endsWith('.js') && text(file).includes('recharts-wrapper')
    })
    expect(withRecharts.length).toBeGreaterThan(0)
    for (const key of withRecharts) {
      expect(chart.has(key), `${key} is loaded by the chart`).toBe(true)
      expect(elsewhere.has(key), `${key} is also loaded outside the chart`).toBe(false)
    }
  })
})
