import type { MemberUsage } from '../../api/types'
import type { MemberSort, MemberSortField } from './member-search'
import { usedPercent } from './usage-level'

export type MemberRow = MemberUsage & { percent: number | null }

export function toRows(members: readonly MemberUsage[]): MemberRow[] {
  return members.map((member) => ({ ...member, percent: usedPercent(member.used, member.allotment) }))
}

const value = (row: MemberRow, field: MemberSortField): string | number | undefined => {
  switch (field) {
    case 'email':
      return row.email.toLowerCase()
    case 'seat':
      return row.seatStatus?.toLowerCase()
    case 'usage':
      return row.percent ?? undefined
    default:
      return row[field]
  }
}

/** Members whose email holds the text, sorted by a column; unknown values last, ties by email. */
export function memberRows(members: readonly MemberUsage[], search: string, sort: MemberSort): MemberRow[] {
  const needle = search.trim().toLowerCase()
  const field = sort.replace(/^-/, '') as MemberSortField
  const direction = sort.startsWith('-') ? -1 : 1
  return toRows(members)
    .filter((row) => !needle || row.email.toLowerCase().includes(needle))
    .sort((a, b) => {
      const [x, y] = [value(a, field), value(b, field)]
      if (x === undefined || y === undefined) return Number(x === undefined) - Number(y === undefined)
      const order = x < y ? -1 : x > y ? 1 : 0
      return order * direction || a.email.localeCompare(b.email)
    })
}
