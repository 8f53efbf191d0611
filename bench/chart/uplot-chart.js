import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

const stepped = uPlot.paths.stepped({ align: 1 })

/**
 * The reference: uPlot given every row (no downsampling of ours) and asked for the same picture: the
 * balance and full balance as steps after each point, the on-hold band between them, the markers as dots.
 */
export function drawUplot(rows, isMarker, element, { width, height }) {
  const n = rows.length
  const markers = new Array(n)
  for (let i = 0; i < n; i++) markers[i] = isMarker(i) ? rows.balance[i] : null
  const data = [
    rows.time.subarray(0, n),
    rows.balance.subarray(0, n),
    Float64Array.from({ length: n }, (_, i) => rows.balance[i] + rows.onHold[i]),
    markers,
  ]
  return new uPlot(
    {
      width,
      height,
      ms: 1,
      legend: { show: false },
      cursor: { show: true },
      scales: { x: { time: true } },
      series: [
        {},
        { label: 'Balance', stroke: '#1d4ed8', width: 1.5, paths: stepped, points: { show: false } },
        { label: 'Full balance', stroke: '#7c3aed', dash: [5, 4], paths: stepped, points: { show: false } },
        { label: 'Markers', stroke: '#b45309', paths: () => null, points: { show: true, size: 6 } },
      ],
      bands: [{ series: [2, 1], fill: 'rgba(124, 58, 237, 0.12)' }],
      axes: [{}, { size: 64 }],
    },
    data,
    element,
  )
}
