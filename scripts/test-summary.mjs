#!/usr/bin/env node
// Prints exactly one line on stdout: "<N> passed, <N> failed", summing the Vitest and Playwright JSON reports.
// A missing or unreadable report counts as 0 and is reported on stderr first. Always exits 0.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const rootDir = path.resolve(import.meta.dirname, '..')
const VITEST_REPORT = 'reports/vitest.json'
const PLAYWRIGHT_REPORT = 'reports/playwright.json'

/** @param {unknown} value */
const count = (value) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0)

/**
 * @param {string} relPath
 * @returns {any}
 */
function readReport(relPath) {
  let text
  try {
    text = readFileSync(path.join(rootDir, relPath), 'utf8')
  } catch {
    process.stderr.write(`warning: ${relPath} not found; counting it as 0 passed, 0 failed\n`)
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    process.stderr.write(
      `warning: ${relPath} is not valid JSON (${reason}); counting it as 0 passed, 0 failed\n`,
    )
    return undefined
  }
}

/** Vitest `json` reporter (Jest-compatible shape). */
function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 0 }
  let failed = count(report.numFailedTests)
  // A file that fails to load/collect has no failing test in it but is still a failure.
  const brokenFiles = Array.isArray(report.testResults)
    ? report.testResults.filter(
        (file) =>
          file?.status === 'failed' &&
          !(
            Array.isArray(file.assertionResults) && file.assertionResults.some((t) => t?.status === 'failed')
          ),
      ).length
    : 0
  if (brokenFiles > 0) {
    process.stderr.write(`warning: ${VITEST_REPORT}: ${brokenFiles} test file(s) failed outside any test\n`)
    failed += brokenFiles
  }
  return { passed: count(report.numPassedTests), failed }
}

/** Playwright `json` reporter: stats.expected/unexpected/flaky/skipped; flaky (passed on retry) counts as passed. */
function playwrightCounts(report) {
  if (!report) return { passed: 0, failed: 0 }
  const stats = report.stats ?? {}
  let failed = count(stats.unexpected)
  // Errors outside tests (webServer did not start, global setup, a spec that fails to load).
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0
  if (globalErrors > 0) {
    process.stderr.write(`warning: ${PLAYWRIGHT_REPORT}: ${globalErrors} error(s) outside any test\n`)
    failed += globalErrors
  }
  return { passed: count(stats.expected) + count(stats.flaky), failed }
}

const unit = vitestCounts(readReport(VITEST_REPORT))
const e2e = playwrightCounts(readReport(PLAYWRIGHT_REPORT))

process.stdout.write(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed\n`)
process.exitCode = 0
