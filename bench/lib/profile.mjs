import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SourceMapConsumer } from 'source-map-js'

/** What a sample's code belongs to, from its original source path (through the build's source maps). */
const PARTS = [
  [
    'mock API (demo only)',
    /src\/mocks\/|node_modules\/(msw|@mswjs|@bundled-es-modules|headers-polyfill|outvariant|strict-event-emitter|@open-draft|graphql)\//,
  ],
  ['app code', /(^|\/)src\//],
  ['React', /node_modules\/(react|react-dom|scheduler)\//],
  ['TanStack Table', /node_modules\/@tanstack\/(table-core|react-table)\//],
  ['TanStack Router', /node_modules\/@tanstack\/(router-core|react-router|history|store|react-store)\//],
  ['TanStack Query', /node_modules\/@tanstack\/(query-core|react-query)\//],
  ['zod', /node_modules\/zod\//],
  [
    'recharts and its libraries',
    /node_modules\/(recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store)\//,
  ],
]
const NATIVE = {
  '(program)': 'browser: style, layout, paint',
  '(garbage collector)': 'garbage collection',
}

/**
 * Self time by part in the window [fromMs, toMs] of performance.now(), for a CPU profile taken with
 * CDP's Profiler; `navigationStart` (seconds, from Performance.getMetrics) aligns the two clocks.
 * A native call (a DOM method, getTotalLength) counts for the code that called it.
 */
export function timeByPart(profile, navigationStart, fromMs, toMs, outDir) {
  const maps = new Map()
  const consumer = (url) => {
    const file = url.split('/assets/')[1]
    if (!file) return null
    if (!maps.has(file)) {
      const path = join(outDir, 'assets', `${file}.map`)
      maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null)
    }
    return maps.get(file)
  }
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const partOfNode = new Map()
  const partOf = (id) => {
    if (partOfNode.has(id)) return partOfNode.get(id)
    const { callFrame } = nodes.get(id)
    let part
    if (NATIVE[callFrame.functionName]) part = NATIVE[callFrame.functionName]
    else if (callFrame.functionName === '(idle)') part = null
    else if (!callFrame.url) part = parents.has(id) ? partOf(parents.get(id)) : 'other'
    else {
      const position = consumer(callFrame.url)?.originalPositionFor({
        line: callFrame.lineNumber + 1,
        column: callFrame.columnNumber,
      })
      const source = position?.source ?? callFrame.url
      part = PARTS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other'
    }
    partOfNode.set(id, part)
    return part
  }
  const base = navigationStart * 1e6
  const totals = {}
  let time = profile.startTime
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index]
    const at = (time - base) / 1000
    const duration = (profile.timeDeltas[index + 1] ?? 0) / 1000
    if (at < fromMs || at > toMs) return
    const part = partOf(id)
    if (part) totals[part] = (totals[part] ?? 0) + duration
  })
  return totals
}
