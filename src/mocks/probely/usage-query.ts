import { usageOperations, type TargetJson, type UsageRowJson } from '../../api/probely/usage-schema'
import {
  badRequest,
  detail,
  invalidChoice,
  parseDjangoDateTime,
  parseOrdering,
  parsePageNumber,
  parsePageSize,
  searchTerms,
  type ApiAnswer,
  type FieldErrors,
} from './drf'

/**
 * `GET /account/credits/usage/` over the ledger, as django-filter + DRF would answer it: validate the
 * filters (all errors at once, 400), filter, search, order, then paginate (404 past the end).
 */

const ORDERING_FIELDS = ['timestamp', 'amount', 'balance'] as const
const DEFAULT_ORDERING = '-timestamp'
const PAGE_SIZE = 10
const MAX_PAGE_SIZE = 100

/** Per-row values the filters need, computed once per ledger rather than once per request. */
interface RowIndex {
  ms: number
  haystack: string
  targetId: string | null
  labels: string[]
  scope: string | null
}

const indexes = new WeakMap<readonly UsageRowJson[], RowIndex[]>()
/** Whether a ledger is in time order, which lets a request skip the sort and scan only its date range. */
const timeOrdered = new WeakMap<readonly RowIndex[], boolean>()

function scopeName(target: TargetJson): string | null {
  const scope: unknown = target.scope
  if (typeof scope !== 'object' || scope === null || !('name' in scope)) return null
  return typeof scope.name === 'string' ? scope.name : null
}

function indexOf(rows: readonly UsageRowJson[]): RowIndex[] {
  const cached = indexes.get(rows)
  if (cached) return cached
  const index = rows.map((row): RowIndex => {
    const target = row.target ?? null
    const text = [row.description, target?.name, target?.site?.host].filter(Boolean).join('\n')
    return {
      ms: Date.parse(String(row.timestamp)),
      haystack: text.toLowerCase(),
      targetId: target?.id ?? null,
      labels: target?.labels?.map((label) => label.name) ?? [],
      scope: target ? scopeName(target) : null,
    }
  })
  indexes.set(rows, index)
  return index
}

interface Filters {
  from: number
  to: number
  operations: Set<string> | null
  targets: Set<string> | null
  labels: Set<string> | null
  scope: string | null
  terms: string[]
}

/** Empty values ('operation=') are ignored, like an absent filter. */
const values = (params: URLSearchParams, key: string) => params.getAll(key).filter((value) => value !== '')

type Parsed = { ok: true; filters: Filters } | { ok: false; errors: FieldErrors }

function parseFilters(params: URLSearchParams, targets: readonly TargetJson[]): Parsed {
  const errors: FieldErrors = {}
  const date = (key: string, fallback: number) => {
    const value = params.get(key)
    if (!value) return fallback
    const ms = parseDjangoDateTime(value)
    if (ms === null) errors[key] = ['Enter a valid date/time.']
    return ms ?? fallback
  }
  const choices = (key: string, allowed: readonly string[]) => {
    const chosen = values(params, key)
    const wrong = chosen.find((value) => !allowed.includes(value))
    if (wrong !== undefined) errors[key] = [invalidChoice(wrong)]
    return chosen.length > 0 ? new Set(chosen) : null
  }
  const filters: Filters = {
    from: date('start_dt', -Infinity),
    to: date('end_dt', Infinity),
    operations: choices('operation', usageOperations),
    targets: choices(
      'target',
      targets.map((target) => target.id),
    ),
    labels: values(params, 'target__label').length > 0 ? new Set(values(params, 'target__label')) : null,
    scope: params.get('scope__name') || null,
    terms: searchTerms(params.get('search')),
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, filters }
}

function matches(row: UsageRowJson, index: RowIndex, f: Filters): boolean {
  if (index.ms < f.from || index.ms > f.to) return false
  if (f.operations && !f.operations.has(String(row.operation))) return false
  if (f.targets && !(index.targetId !== null && f.targets.has(index.targetId))) return false
  if (f.labels && !index.labels.some((label) => f.labels?.has(label))) return false
  if (f.scope !== null && index.scope !== f.scope) return false
  return f.terms.every((term) => index.haystack.includes(term))
}

export function listUsage(
  rows: readonly UsageRowJson[],
  targets: readonly TargetJson[],
  params: URLSearchParams,
): ApiAnswer {
  const parsed = parseFilters(params, targets)
  if (!parsed.ok) return badRequest(parsed.errors)
  const { filters } = parsed
  const index = indexOf(rows)
  const ordered = isTimeOrdered(index)
  const [first, last] = ordered ? dateBounds(index, filters) : [0, rows.length - 1]
  const positions: number[] = []
  for (let i = first; i <= last; i += 1) {
    if (matches(rows[i] as UsageRowJson, index[i] as RowIndex, filters)) positions.push(i)
  }
  const ordering = parseOrdering(params.get('ordering'), ORDERING_FIELDS, DEFAULT_ORDERING)
  const byTimeOnly = ordering.length === 1 && ordering[0]?.field === 'timestamp'
  if (ordered && byTimeOnly) {
    // The heavy scenario has 100,000+ rows: sorting them for every page would stall the demo.
    if (ordering[0]?.descending) positions.reverse()
    return paginate(rows, positions, params)
  }
  const value = (i: number, field: (typeof ORDERING_FIELDS)[number]) =>
    field === 'timestamp' ? (index[i] as RowIndex).ms : Number(rows[i]?.[field])
  const firstDescending = ordering[0]?.descending ?? true
  positions.sort((a, b) => {
    for (const { field, descending } of ordering) {
      const diff = value(a, field) - value(b, field)
      if (diff !== 0) return descending ? -diff : diff
    }
    // Ties keep ledger order, in the direction of the first term, so pages never overlap or skip rows.
    return firstDescending ? b - a : a - b
  })
  return paginate(rows, positions, params)
}

function paginate(rows: readonly UsageRowJson[], positions: number[], params: URLSearchParams): ApiAnswer {
  const length = parsePageSize(params.get('length'), PAGE_SIZE, MAX_PAGE_SIZE)
  // Django's Paginator allows an empty first page: no results is page 1 of 1.
  const pageTotal = Math.max(1, Math.ceil(positions.length / length))
  const page = parsePageNumber(params.get('page'), pageTotal)
  if (page === null) return detail(404, 'Invalid page.')
  const results = positions.slice((page - 1) * length, page * length).map((i) => rows[i] as UsageRowJson)
  return { status: 200, body: { count: positions.length, page_total: pageTotal, page, length, results } }
}

function isTimeOrdered(index: readonly RowIndex[]): boolean {
  let ordered = timeOrdered.get(index)
  if (ordered === undefined) {
    ordered = index.every((row, i) => i === 0 || (index[i - 1] as RowIndex).ms <= row.ms)
    timeOrdered.set(index, ordered)
  }
  return ordered
}

/** First and last positions inside the date filter, by binary search over a time-ordered ledger. */
function dateBounds(index: readonly RowIndex[], { from, to }: Filters): [number, number] {
  const firstAtOrAfter = (ms: number, inclusive: boolean) => {
    let low = 0
    let high = index.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const value = (index[middle] as RowIndex).ms
      if (inclusive ? value < ms : value <= ms) low = middle + 1
      else high = middle
    }
    return low
  }
  return [firstAtOrAfter(from, true), firstAtOrAfter(to, false) - 1]
}
