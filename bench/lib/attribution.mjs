import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer } from 'source-map-js'

/** A source path's part: the npm package, or the app's folder (src/api, src/features/usage, …). */
function partOf(source) {
  const modules = source.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  const app = source.match(/(?:^|\/)(src\/(?:features\/[^/]+|[^/]+))/)
  return app ? app[1] : '(bundler runtime)'
}

/**
 * What a set of chunks is made of, in gzip bytes: each chunk's gzip size shared out by the minified
 * bytes its source map gives each part. An estimate (parts compress unequally), good for ranking.
 */
export function gzipByPart(outDir, files) {
  const totals = {}
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8')
    const gzip = gzipSync(code, { level: 9 }).length
    const mapPath = join(outDir, `${file}.map`)
    if (!existsSync(mapPath)) {
      totals['(bundler runtime)'] = (totals['(bundler runtime)'] ?? 0) + gzip
      continue
    }
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8')))
    const lines = code.split('\n')
    const segments = []
    consumer.eachMapping((mapping) => segments.push(mapping))
    segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn)
    const bytes = {}
    let mapped = 0
    segments.forEach((segment, index) => {
      const next = segments[index + 1]
      const end =
        next && next.generatedLine === segment.generatedLine
          ? next.generatedColumn
          : (lines[segment.generatedLine - 1]?.length ?? segment.generatedColumn)
      const part = segment.source ? partOf(segment.source) : '(bundler runtime)'
      bytes[part] = (bytes[part] ?? 0) + (end - segment.generatedColumn)
      mapped += end - segment.generatedColumn
    })
    for (const [part, size] of Object.entries(bytes))
      totals[part] = (totals[part] ?? 0) + (gzip * size) / mapped
  }
  return totals
}
