import type { z } from 'zod'
import type { FieldErrors } from './drf'

/**
 * Turns zod issues into DRF's 400 body: `{"field": ["msg"]}`, nested serializers as nested objects, with
 * DRF's own wording, so the app's form sees exactly what the real API would send.
 */

/** Python's name for a JSON value's type, as DRF prints it ("Expected a dictionary, but got list."). */
export function pythonType(value: unknown): string {
  if (value === null) return 'NoneType'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  return 'dict'
}

export const notADictionary = (value: unknown) =>
  `Invalid data. Expected a dictionary, but got ${pythonType(value)}.`

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function hasKey(body: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(body, path.slice(0, -1))
  const key = path[path.length - 1]
  return typeof parent === 'object' && parent !== null && key !== undefined && key in parent
}

function message(issue: z.core.$ZodIssue, body: unknown): string {
  const value = valueAt(body, issue.path)
  if (!hasKey(body, issue.path)) return 'This field is required.'
  if (value === null) return 'This field may not be null.'
  if (issue.code === 'invalid_union') return 'A valid integer is required.'
  if (issue.code === 'too_small' && value === '') return 'This field may not be blank.'
  if (issue.code !== 'invalid_type') return issue.message
  switch (issue.expected) {
    case 'boolean':
      return 'Must be a valid boolean.'
    case 'string':
      return 'Not a valid string.'
    case 'object':
      return notADictionary(value)
    default:
      return issue.message
  }
}

/** Groups issues by field; an object that is not one reports under its own `non_field_errors`. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], body: unknown): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const text = message(issue, body)
    const nestedObject =
      issue.code === 'invalid_type' && issue.expected === 'object' && hasKey(body, issue.path)
    const path = nestedObject ? [...issue.path.map(String), 'non_field_errors'] : issue.path.map(String)
    if (path.length === 0) path.push('non_field_errors')
    let node = errors
    path.slice(0, -1).forEach((key) => {
      const child = node[key]
      node = (node[key] =
        typeof child === 'object' && child !== null && !Array.isArray(child) ? child : {}) as FieldErrors
    })
    const leaf = path[path.length - 1] as string
    const list = Array.isArray(node[leaf]) ? (node[leaf] as string[]) : []
    node[leaf] = [...list, text]
  }
  return errors
}
