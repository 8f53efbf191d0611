import type { CSSProperties } from 'react'

/** A placeholder the size of what comes, so nothing moves when the data arrives. */
export function Skeleton({
  width = '100%',
  height = '1em',
  label,
}: {
  width?: CSSProperties['width']
  height?: CSSProperties['height']
  label?: string
}) {
  return (
    <span
      className="skeleton"
      style={{ width, height }}
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'status' : undefined}
    />
  )
}
