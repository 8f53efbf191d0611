import { useId } from 'react'
import { formatNumber } from '../../lib/format'
import { pageSizes } from './search'

type PaginationProps = {
  page: number
  pageCount: number
  pageSize: number
  count: number
  onPageChange: (page: number) => void
  onPageSizeChange: (size: number) => void
}

export function Pagination({
  page,
  pageCount,
  pageSize,
  count,
  onPageChange,
  onPageSizeChange,
}: PaginationProps) {
  const sizeId = useId()
  const first = count === 0 ? 0 : (page - 1) * pageSize + 1
  const last = Math.min(count, page * pageSize)
  const buttons = [
    { label: 'First page', text: '«', to: 1, disabled: page <= 1 },
    { label: 'Previous page', text: '‹', to: page - 1, disabled: page <= 1 },
    { label: 'Next page', text: '›', to: page + 1, disabled: page >= pageCount },
    { label: 'Last page', text: '»', to: pageCount, disabled: page >= pageCount },
  ]
  return (
    <nav className="pagination" aria-label="Pages">
      <span className="pagination__size">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </span>
      <span className="pagination__range">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(count)}
      </span>
      <span className="pagination__pages">
        {buttons.slice(0, 2).map((button) => (
          <PageButton key={button.label} {...button} onPageChange={onPageChange} />
        ))}
        <span aria-current="page" className="pagination__current">
          Page {formatNumber(page)} of {formatNumber(pageCount)}
        </span>
        {buttons.slice(2).map((button) => (
          <PageButton key={button.label} {...button} onPageChange={onPageChange} />
        ))}
      </span>
    </nav>
  )
}

type PageButtonProps = {
  label: string
  text: string
  to: number
  disabled: boolean
  onPageChange: (page: number) => void
}

function PageButton({ label, text, to, disabled, onPageChange }: PageButtonProps) {
  return (
    <button
      type="button"
      className="button button--icon"
      aria-label={label}
      disabled={disabled}
      onClick={() => onPageChange(to)}
    >
      <span aria-hidden="true">{text}</span>
    </button>
  )
}
