export type Chunk = {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}
export type Manifest = Record<string, Chunk>
export const FIRST_ROUTE_BUDGET: number
export function readManifest(outDir: string): Manifest
export function gzipBytes(outDir: string, file: string): number
export function staticClosure(manifest: Manifest, key: string, seen?: Set<string>): Set<string>
export function bundleReport(
  outDir: string,
  firstRouteSource?: string,
): {
  manifest: Manifest
  entryKey: string
  entryGzip: number
  firstRouteGzip: number
  firstRoute: Set<string>
  lazy: { key: string; file: string; gzip: number }[]
  jsFiles: string[]
}
