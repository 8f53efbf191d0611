import { formatDate, formatDateTime, formatRelative, formatUtc } from '../lib/format'

type DateTimeProps = { value: string; dateOnly?: boolean; relative?: boolean; timeZone?: 'UTC' }

/** A local date (or UTC when asked) with the exact UTC instant on hover; relative only beside the absolute. */
export function DateTime({ value, dateOnly, relative, timeZone }: DateTimeProps) {
  const text = dateOnly ? formatDate(value, timeZone) : formatDateTime(value, timeZone)
  return (
    <time dateTime={value} title={formatUtc(value)}>
      {text}
      {relative && <span className="muted"> ({formatRelative(value)})</span>}
    </time>
  )
}
