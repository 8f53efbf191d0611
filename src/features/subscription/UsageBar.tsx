import { formatNumber } from '../../lib/format'
import { levelWords, usageLevel } from './usage-level'

/**
 * Share of an allotment used: a bar, the percentage, and from 80 % a word ("Near limit", "Limit
 * reached") so the level is never told by colour alone. Over 100 % the bar stays full and the figure
 * says how far over it went.
 */
export function UsageBar({ percent, label }: { percent: number | null; label: string }) {
  if (percent === null) return <span className="muted">—</span>
  const level = usageLevel(percent)
  // Floored below 100, so 99.6 % never reads as a full allotment.
  const shown = percent >= 100 ? Math.round(percent) : Math.floor(percent)
  const words = levelWords[level]
  return (
    <span className={`usage-bar usage-bar--${level}`}>
      <span
        className="usage-bar__track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, shown)}
        aria-valuetext={`${formatNumber(shown)}% used${words ? `, ${words.toLowerCase()}` : ''}`}
      >
        <span className="usage-bar__fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </span>
      <span className="usage-bar__figure num">{formatNumber(shown)}%</span>
      {words && (
        <span className={`badge status-badge status-badge--${level === 'full' ? 'danger' : 'warning'}`}>
          <span aria-hidden="true">{level === 'full' ? '■' : '!'}</span>
          {words}
        </span>
      )}
    </span>
  )
}
