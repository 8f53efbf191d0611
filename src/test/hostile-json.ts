import fc from 'fast-check'
import { InvalidResponseError } from '../api/errors'

/**
 * Arbitrary mutations of valid payloads, for the hostile-payload tests of every backend: a field removed,
 * replaced by any JSON value, or an unknown field added, anywhere in the tree.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every node of the tree, the root included, as the keys and indexes that lead to it. */
export function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, index) => paths(item, [...prefix, index]))]
  if (value && typeof value === 'object') {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))]
  }
  return [prefix]
}

export type Mutation = { kind: 'remove' | 'replace' | 'add'; path: number; value: Json; key: string }

/** A copy of `original` with each mutation applied in turn; `path` picks a node (modulo their count). */
export function mutate(original: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(original)
  for (const { kind, path: pick, value, key } of mutations) {
    const all = paths(copy)
    const path = all[pick % all.length]!
    if (path.length === 0) return kind === 'replace' ? value : copy
    const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string, Json>)[step]!, copy)
    const last = path.at(-1)!
    if (Array.isArray(parent)) {
      if (kind === 'remove') parent.splice(Number(last), 1)
      else parent[Number(last)] = value
    } else if (parent && typeof parent === 'object') {
      if (kind === 'remove') delete parent[last]
      else if (kind === 'add') parent[key] = value
      else parent[last] = value
    }
  }
  return copy
}

/** One to four mutations, anywhere in the tree. */
export const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom('remove', 'replace', 'add'),
    path: fc.nat(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
    key: fc.string({ maxLength: 12 }),
  }),
  { minLength: 1, maxLength: 4 },
)

/**
 * Whatever the server sends, the only failure is the typed invalid-response error, and whatever parses
 * also maps to the pages' shape without throwing.
 */
export function survives<T>(payload: Json, parse: (text: string) => T, map: (parsed: T) => unknown) {
  let parsed: T
  try {
    parsed = parse(JSON.stringify(payload))
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidResponseError)
    return
  }
  expect(() => map(parsed)).not.toThrow()
}
