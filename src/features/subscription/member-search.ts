/**
 * The overview's member table state in the URL: `member` (search text) and `memberSort` (a column,
 * `-` first for descending). Anything unknown falls back to the default, which never shows in the URL.
 */
export const memberSortFields = ['email', 'seat', 'allotment', 'used', 'remaining', 'usage'] as const
export type MemberSortField = (typeof memberSortFields)[number]
export type MemberSort = MemberSortField | `-${MemberSortField}`

/** Who is closest to their limit first. */
export const DEFAULT_MEMBER_SORT: MemberSort = '-usage'

export type OverviewSearch = { member?: string; memberSort?: MemberSort }

function isSort(value: unknown): value is MemberSort {
  return (
    typeof value === 'string' && (memberSortFields as readonly string[]).includes(value.replace(/^-/, ''))
  )
}

export function validateOverviewSearch(search: Record<string, unknown>): OverviewSearch {
  const member =
    typeof search.member === 'string' && search.member.trim() ? search.member.slice(0, 100) : undefined
  const memberSort =
    isSort(search.memberSort) && search.memberSort !== DEFAULT_MEMBER_SORT ? search.memberSort : undefined
  return { ...(member ? { member } : {}), ...(memberSort ? { memberSort } : {}) }
}

/** Clicking a column sorts by it; clicking it again reverses. Numbers start high, names start at A. */
export function nextSort(current: MemberSort, field: MemberSortField): MemberSort {
  if (current === field) return `-${field}`
  if (current === `-${field}`) return field
  return field === 'email' || field === 'seat' ? field : `-${field}`
}
