// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** The live build is what gets deployed: it must carry no demo backend at all. */
describe('live build output', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'billing-live-'))
  let files: { name: string; text: string }[] = []

  beforeAll(async () => {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } })
    const assets = join(outDir, 'assets')
    files = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, text: readFileSync(join(assets, name), 'utf8') }))
  }, 120_000)

  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('contains no MSW code, no mock handlers and no demo key', () => {
    expect(files.length).toBeGreaterThan(0)
    for (const { name, text } of files) {
      for (const marker of ['mockServiceWorker', 'setupWorker', 'msw', 'demo-key', 'billing-demo']) {
        expect(text.includes(marker), `${name} contains "${marker}"`).toBe(false)
      }
    }
  })

  it('does not ship the worker script', () => {
    expect(readdirSync(outDir)).not.toContain('mockServiceWorker.js')
  })
})
