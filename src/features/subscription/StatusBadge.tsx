import type { StatusView } from './subscription-status'

/** The status in words with a glyph; the colour only repeats what the words say. */
export function StatusBadge({ view }: { view: StatusView }) {
  return (
    <span className={`badge status-badge status-badge--${view.tone}`}>
      <span aria-hidden="true">{view.icon}</span>
      {view.label}
    </span>
  )
}
