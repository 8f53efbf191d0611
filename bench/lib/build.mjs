import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

export const OUT = 'bench/out'

/** Vite's production output needs NODE_ENV=production (React's production build), whatever the caller set. */
async function production(run) {
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    return await run()
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = previous
  }
}

/** The app as deployed (`live`) or as the demo (`demo`), with the project's own vite.config.ts. */
export function buildApp(mode) {
  const outDir = join(OUT, mode)
  return production(async () => {
    await build({
      mode: mode === 'live' ? 'production' : 'demo',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    })
    return outDir
  })
}

/** A page of the bench's own (bench/<name>/index.html), built apart from the app's config. */
export function buildPage(name) {
  const outDir = join(process.cwd(), OUT, name)
  return production(async () => {
    await build({
      configFile: false,
      root: join(process.cwd(), 'bench', name),
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, manifest: true, modulePreload: { polyfill: false } },
    })
    return outDir
  })
}

/** Gzip bytes of every JavaScript file of a build: for the reference page, all of it loads at once. */
export function allJsGzip(outDir) {
  const assets = join(outDir, 'assets')
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0)
}
