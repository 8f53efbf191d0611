import { markerKinds, markerLabels, markerPath } from './markers'
import './plot.css'

/** What each line, band and marker means, by shape and line style as well as by colour. */
export function ChartLegend() {
  return (
    <ul className="balance-chart__legend" aria-label="Legend">
      <li>
        <svg width="24" height="12" aria-hidden="true">
          <path className="balance-chart__legend-line" d="M0,6H24" />
        </svg>
        Balance
      </li>
      <li>
        <svg width="24" height="12" aria-hidden="true">
          <rect className="balance-chart__legend-band" x="0" y="0" width="24" height="12" />
          <path className="balance-chart__legend-full" d="M0,1H24" />
        </svg>
        On hold, up to the full balance (dashed)
      </li>
      {markerKinds.map((kind) => (
        <li key={kind}>
          <svg width="16" height="16" aria-hidden="true" className={`balance-chart__marker--${kind}`}>
            <path className="balance-chart__marker-halo" d={markerPath(kind, [[8, 8]])} />
            <path className="balance-chart__marker-shape" d={markerPath(kind, [[8, 8]])} />
          </svg>
          {markerLabels[kind]}
        </li>
      ))}
    </ul>
  )
}
