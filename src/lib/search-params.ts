/**
 * The URL's query string as the app's search state, in the form people and servers read: a list is a
 * repeated key (`operation=used&operation=earned`), not JSON. A key given once is a string; given more
 * than once, an array. Route schemas decide what each key means.
 */
export type SearchRecord = Record<string, unknown>

export function parseSearch(search: string): SearchRecord {
  // A Map, not an object literal: keys such as "constructor" must not meet inherited properties.
  const result = new Map<string, string | string[]>()
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = result.get(key)
    if (existing === undefined) result.set(key, value)
    else result.set(key, Array.isArray(existing) ? [...existing, value] : [existing, value])
  }
  return Object.fromEntries(result)
}

export function stringifySearch(search: SearchRecord): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue
      params.append(
        key,
        typeof item === 'object' ? JSON.stringify(item) : String(item as string | number | boolean),
      )
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
