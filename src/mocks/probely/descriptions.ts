import type { UsageRowJson } from '../../api/probely/usage-schema'
import type { Random } from '../random'

/**
 * Descriptions are free text from the API, so the demo feeds the UI what a careless renderer or CSV export
 * would mishandle: markup, spreadsheet formulas, bidirectional overrides, emoji, the 150-character maximum
 * and null. They sit on recent rows, so the first page of the usage table shows them.
 */

const LONG_BASE =
  'Full scan of checkout.example.com requested by the security team after the quarterly PCI review; ' +
  'findings must be triaged before the next release window opens'

/** Exactly 150 characters: the documented maximum length of a description. */
export const MAX_LENGTH_DESCRIPTION = LONG_BASE.padEnd(150, '.').slice(0, 150)

export const hostileDescriptions: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1+1)',
  '-2+3',
  '@cmd',
  // U+202E (right-to-left override) makes "exe.pdf" display as "fdp.exe" — a classic spoof.
  'Scan report \u202Efdp.exe',
  'فحص أسبوعي لـ shop.example.com',
  'Nightly scan 🚀 of shop.example.com ✅ 👩🏽‍💻',
  MAX_LENGTH_DESCRIPTION,
]

/** Positions counted back from the newest finished scan, so they land on the first pages. */
const RECENT_SLOTS = [1, 3, 4, 6, 8, 11, 13, 16, 19, 23]
const RECENT_NULL_SLOTS = [2, 27]

/** Rewrites some descriptions in place; the rows are fresh from the simulation, so no one else holds them. */
export function decorateDescriptions(rows: UsageRowJson[], random: Random): void {
  const finished: UsageRowJson[] = []
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]
    if (row?.operation === 'used' && row.scan?.completed) finished.push(row)
  }
  hostileDescriptions.forEach((description, i) => {
    const row = finished[RECENT_SLOTS[i] ?? i]
    if (row) row.description = description
  })
  for (const slot of RECENT_NULL_SLOTS) {
    const row = finished[slot]
    if (row) row.description = null
  }
  // Further back, the odd row without a description and a few hostile ones again.
  for (let i = 40; i < finished.length; i++) {
    const row = finished[i]
    if (!row) continue
    if (random.chance(0.015)) row.description = null
    else if (random.chance(0.002)) row.description = random.pick(hostileDescriptions)
  }
}
