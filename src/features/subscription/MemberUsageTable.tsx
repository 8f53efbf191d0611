import { getRouteApi } from '@tanstack/react-router'
import { useId } from 'react'
import type { MemberUsage } from '../../api/types'
import { formatNumber } from '../../lib/format'
import { humanize } from '../../lib/labels'
import { DEFAULT_MEMBER_SORT, nextSort, type MemberSortField } from './member-search'
import { memberRows } from './member-usage'
import { UsageBar } from './UsageBar'

const route = getRouteApi('/app/')

/** Columns defined once; `numeric` ones align right and sort high to low first. */
/** `wide` ones are left out on a phone: the allotment is in the plan line, and what remains follows from it. */
const columns: { field: MemberSortField; label: string; numeric?: boolean; wide?: boolean }[] = [
  { field: 'email', label: 'Member' },
  { field: 'seat', label: 'Seat' },
  { field: 'allotment', label: 'Allotment', numeric: true, wide: true },
  { field: 'used', label: 'Used', numeric: true },
  { field: 'remaining', label: 'Remaining', numeric: true, wide: true },
  { field: 'usage', label: 'Usage' },
]

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined

const count = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value))

/** An address breaks after its @ on a narrow screen, never inside a word. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@')
  if (at < 0) return <>{email}</>
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  )
}

/** Each member's credits against their seat's allotment; searchable and sortable, the state in the URL. */
export function MemberUsageTable({ members }: { members: readonly MemberUsage[] }) {
  const { member = '', memberSort = DEFAULT_MEMBER_SORT } = route.useSearch()
  const navigate = route.useNavigate()
  const searchId = useId()
  const rows = memberRows(members, member, memberSort)
  const setSearch = (patch: { member?: string; memberSort?: typeof memberSort }) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true, resetScroll: false })

  return (
    <section className="members" aria-labelledby="members-title">
      <div className="members__header">
        <h2 id="members-title">Credits by member</h2>
        <span className="members__search">
          <label htmlFor={searchId}>Search members</label>
          <input
            id={searchId}
            type="search"
            value={member}
            placeholder="Email"
            onChange={(event) => setSearch({ member: event.target.value || undefined })}
          />
        </span>
      </div>
      <div className="table-wrap">
        <table className="table members__table">
          <caption className="visually-hidden">
            Credits each member used of their seat's monthly allotment, sorted by{' '}
            {columns.find(({ field }) => memberSort.replace(/^-/, '') === field)?.label.toLowerCase()}
          </caption>
          <thead>
            <tr>
              {columns.map(({ field, label, numeric, wide }) => {
                const sorted =
                  memberSort === field ? 'ascending' : memberSort === `-${field}` ? 'descending' : undefined
                return (
                  <th
                    key={field}
                    scope="col"
                    aria-sort={sorted}
                    className={classes(numeric && 'num', wide && 'members__wide')}
                  >
                    <button
                      type="button"
                      className="member-sort"
                      onClick={() => setSearch({ memberSort: nextSort(memberSort, field) })}
                    >
                      {label}
                      <span aria-hidden="true" className="member-sort__arrow">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.email}>
                <th scope="row" className="members__email">
                  <EmailText email={row.email} />
                </th>
                <td>{row.seatStatus ? humanize(row.seatStatus) : '—'}</td>
                <td className="num members__wide">{count(row.allotment)}</td>
                <td className="num">{count(row.used)}</td>
                <td className="num members__wide">{count(row.remaining)}</td>
                <td>
                  <UsageBar percent={row.percent} label={`Usage of ${row.email}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="muted">
        {member.trim()
          ? `${formatNumber(rows.length)} of ${formatNumber(members.length)} members match “${member.trim()}”.`
          : `${formatNumber(members.length)} ${members.length === 1 ? 'member' : 'members'}.`}
      </p>
    </section>
  )
}
