import type { UsageEntry } from './types'

/**
 * Usage rows as compact columns: a large range holds 100,000 rows, and as UsageEntry objects (with their
 * nested scan and target) they would take hundreds of megabytes; as columns about 30 bytes a row.
 */

/** The operation of a row as a byte; 0 for an operation the app does not know. */
export const operationCodes = { other: 0, used: 1, purchased: 2, earned: 3, expired: 4 } as const
export type OperationCode = (typeof operationCodes)[keyof typeof operationCodes]

/**
 * Columns hold at least `length` rows; read only below `length` (the arrays may be longer, shared with a
 * later, longer snapshot). Descriptions are indices into `texts`, where each distinct text is kept once.
 */
export type UsageColumns = {
  length: number
  /** Epoch milliseconds. */
  time: Float64Array
  balance: Float64Array
  /** Signed change of the balance, as UsageEntry.change. */
  change: Float64Array
  onHold: Float64Array
  operation: Uint8Array
  description: Uint32Array
  /** Distinct descriptions; index 0 is "none". */
  texts: readonly (string | null)[]
}

export const emptyColumns: UsageColumns = {
  length: 0,
  time: new Float64Array(0),
  balance: new Float64Array(0),
  change: new Float64Array(0),
  onHold: new Float64Array(0),
  operation: new Uint8Array(0),
  description: new Uint32Array(0),
  texts: [null],
}

export function descriptionAt(rows: UsageColumns, index: number): string | null {
  return rows.texts[rows.description[index] ?? 0] ?? null
}

function codeOf(operation: string | null): OperationCode {
  return operation && operation !== 'other' && Object.hasOwn(operationCodes, operation)
    ? operationCodes[operation as keyof typeof operationCodes]
    : operationCodes.other
}

/** One page of entries as columns, with its own small text table. */
export function toColumns(entries: readonly UsageEntry[]): UsageColumns {
  const length = entries.length
  const rows = {
    length,
    time: new Float64Array(length),
    balance: new Float64Array(length),
    change: new Float64Array(length),
    onHold: new Float64Array(length),
    operation: new Uint8Array(length),
    description: new Uint32Array(length),
    texts: [null] as (string | null)[],
  }
  const ids = new Map<string, number>()
  entries.forEach((entry, i) => {
    rows.time[i] = Date.parse(entry.timestamp)
    rows.balance[i] = entry.balance
    rows.change[i] = entry.change
    rows.onHold[i] = entry.onHold
    rows.operation[i] = codeOf(entry.operation)
    rows.description[i] = entry.description === null ? 0 : intern(entry.description, ids, rows.texts)
  })
  return rows
}

function intern(text: string, ids: Map<string, number>, texts: (string | null)[]): number {
  let id = ids.get(text)
  if (id === undefined) ids.set(text, (id = texts.push(text) - 1))
  return id
}

/**
 * The growing arrays behind the drawable rows. Appending writes past the end of every snapshot taken so
 * far, so earlier snapshots stay valid; `filled` tells whether a snapshot is the newest (append in place)
 * or an older one (copy first), so appending never changes what another snapshot reads.
 */
export type ColumnBuffer = {
  filled: number
  columns: Omit<UsageColumns, 'length' | 'texts'> & { texts: (string | null)[] }
  ids: Map<string, number>
}

function grow(rows: UsageColumns, capacity: number): ColumnBuffer {
  const copy = <T extends Float64Array | Uint8Array | Uint32Array>(from: T, make: (size: number) => T) => {
    const to = make(capacity)
    to.set(from.subarray(0, rows.length))
    return to
  }
  const texts = rows.texts.slice()
  return {
    filled: rows.length,
    columns: {
      time: copy(rows.time, (n) => new Float64Array(n)),
      balance: copy(rows.balance, (n) => new Float64Array(n)),
      change: copy(rows.change, (n) => new Float64Array(n)),
      onHold: copy(rows.onHold, (n) => new Float64Array(n)),
      operation: copy(rows.operation, (n) => new Uint8Array(n)),
      description: copy(rows.description, (n) => new Uint32Array(n)),
      texts,
    },
    ids: new Map(texts.flatMap((text, id) => (text === null ? [] : [[text, id] as const]))),
  }
}

/** `rows` followed by `more`, sharing (and growing) `buffer` when `rows` is its newest snapshot. */
export function appendRows(
  rows: UsageColumns,
  buffer: ColumnBuffer | null,
  more: UsageColumns,
): { rows: UsageColumns; buffer: ColumnBuffer } {
  const length = rows.length + more.length
  let target = buffer
  if (!target || target.filled !== rows.length || target.columns.time.length < length)
    target = grow(rows, Math.max(length, 2 * rows.length, 1024))
  const { columns, ids } = target
  columns.time.set(more.time.subarray(0, more.length), rows.length)
  columns.balance.set(more.balance.subarray(0, more.length), rows.length)
  columns.change.set(more.change.subarray(0, more.length), rows.length)
  columns.onHold.set(more.onHold.subarray(0, more.length), rows.length)
  columns.operation.set(more.operation.subarray(0, more.length), rows.length)
  for (let i = 0; i < more.length; i++) {
    const text = more.texts[more.description[i] ?? 0] ?? null
    columns.description[rows.length + i] = text === null ? 0 : intern(text, ids, columns.texts)
  }
  target.filled = length
  return { rows: { length, ...columns }, buffer: target }
}
