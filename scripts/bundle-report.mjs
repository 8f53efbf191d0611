// What a build ships, read from Vite's manifest: the JavaScript the first route loads (entry, its static
// imports, and the route's lazy page), each lazy chunk, and gzip sizes. Shared by the build-output tests
// and the benchmark.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Gzipped JavaScript the first route may load in a live build (KB of 1,024 bytes). */
export const FIRST_ROUTE_BUDGET = 130 * 1024

/** @typedef {{ file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }} Chunk */

export function readManifest(outDir) {
  /** @type {Record<string, Chunk>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  return manifest
}

export function gzipBytes(outDir, file) {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
}

/** The chunk keys a chunk loads before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen
  seen.add(key)
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

export function bundleReport(outDir, firstRouteSource = 'src/features/subscription/OverviewPage.tsx') {
  const manifest = readManifest(outDir)
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
  if (!entryKey) throw new Error(`no entry chunk in ${outDir}`)
  const size = (keys) => [...keys].reduce((sum, key) => sum + gzipBytes(outDir, manifest[key].file), 0)
  const entry = staticClosure(manifest, entryKey)
  const route = manifest[firstRouteSource] ? staticClosure(manifest, firstRouteSource) : new Set()
  const firstRoute = new Set([...entry, ...route])
  const lazy = Object.keys(manifest)
    .filter((key) => manifest[key].isDynamicEntry)
    .map((key) => {
      const own = [...staticClosure(manifest, key)].filter((k) => !entry.has(k))
      return { key, file: manifest[key].file, gzip: size(own) }
    })
  const jsFiles = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js'))
  return {
    manifest,
    entryKey,
    entryGzip: size(entry),
    firstRouteGzip: size(firstRoute),
    firstRoute,
    lazy,
    jsFiles,
  }
}
