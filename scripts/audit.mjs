#!/usr/bin/env node
// `npm audit --omit=dev` as a check: fails on a high or critical advisory in what the app ships. Where the
// registry's advisory service cannot be reached (offline, a mirror that does not serve it), it says so
// and passes: a missing service is not a finding, but it is never silent.
import { spawnSync } from 'node:child_process'
import process from 'node:process'

const BLOCKING = ['high', 'critical']

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = undefined
}

const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const reason = report?.message ?? report?.error?.summary ?? run.error?.message ?? 'no report'
  console.warn(`audit: not run, the advisory service did not answer (${reason})`)
  process.exit(0)
}

const blocking = Object.values(report.vulnerabilities ?? {}).filter((item) =>
  BLOCKING.includes(item.severity),
)
const summary = Object.entries(counts)
  .filter(([severity, n]) => severity !== 'total' && n > 0)
  .map(([severity, n]) => `${n} ${severity}`)
console.log(`audit: production dependencies: ${summary.length ? summary.join(', ') : 'no advisories'}`)
for (const item of blocking) console.error(`audit: ${item.severity}: ${item.name} (${item.range})`)
process.exit(blocking.length > 0 ? 1 : 0)
