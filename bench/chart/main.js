/* global window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver */
// The chart benchmark page: the balance chart's own series builder and plot, and uPlot, given the same
// 100,000 rows in the same page. Node drives it through window.bench (bench/lib/chart.mjs).
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { operationCodes } from '../../src/api/usage-columns'
import { BalancePlot } from '../../src/features/balance-chart/BalancePlot'
import { plotWidthOf } from '../../src/features/balance-chart/plot-geometry'
import { buildSeries, domainOf } from '../../src/features/balance-chart/series'
import '../../src/styles/global.css'
import { heavyRows } from './rows'
import { drawUplot } from './uplot-chart'

const ROWS = 100_000
const SIZE = { width: 1200, height: 260 }
const rows = heavyRows(ROWS)
const markerCodes = new Set([operationCodes.purchased, operationCodes.earned, operationCodes.expired])
const isMarker = (i) => markerCodes.has(rows.operation[i])
const stage = document.getElementById('stage')

const afterNextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    }),
  )

function freshBox() {
  stage.replaceChildren()
  const box = document.createElement('div')
  box.style.width = `${SIZE.width}px`
  box.style.height = `${SIZE.height}px`
  stage.append(box)
  return box
}

/** Resolves when the balance line's path is in the DOM (recharts may draw it in a second pass). */
function lineDrawn(box) {
  const drawn = () =>
    box.querySelector('.balance-chart__line path[d], .balance-chart__line .recharts-curve[d]')
  if (drawn()) return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!drawn()) return
      observer.disconnect()
      resolve()
    })
    observer.observe(box, { subtree: true, childList: true, attributes: true })
  })
}

const noop = () => {}

/**
 * Times `draw` from its call to the painted frame that shows it, in an empty box on a settled page;
 * then removes the drawing (unless `keep`) and lets that removal paint too, so no run pays for another.
 */
async function timed(draw, keep) {
  const box = freshBox()
  await afterNextPaint()
  const start = performance.now()
  const { done, remove, points } = draw(box)
  await done
  const end = await afterNextPaint()
  if (!keep) {
    remove()
    await afterNextPaint()
  }
  return { ms: end - start, points }
}

/** rows → series (LTTB) → recharts; or, given `prebuilt` points, recharts alone. */
function chart(prebuilt) {
  return (box) => {
    const points = prebuilt ?? buildSeries(rows, plotWidthOf(SIZE.width))
    const domain = domainOf(rows, { startDt: undefined, endDt: undefined })
    const root = createRoot(box)
    flushSync(() =>
      root.render(createElement(BalancePlot, { points, rows, domain, utc: false, ...SIZE, onSelect: noop })),
    )
    return { done: lineDrawn(box), remove: () => root.unmount(), points: points.length }
  }
}

/** Every row → uPlot. */
function reference(box) {
  const plot = drawUplot(rows, isMarker, box, SIZE)
  return { done: Promise.resolve(), remove: () => plot.destroy(), points: rows.length }
}

function timeSeries(runs) {
  const width = plotWidthOf(SIZE.width)
  const times = []
  let points = 0
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    points = buildSeries(rows, width).length
    times.push(performance.now() - start)
  }
  return { times, points }
}

window.bench = {
  rows: rows.length,
  markers: Array.from({ length: rows.length }, (_, i) => i).filter(isMarker).length,
  size: SIZE,
  timeSeries,
  drawChart: (keep = false) => timed(chart(), keep),
  drawChartOnly: (keep = false) => timed(chart(buildSeries(rows, plotWidthOf(SIZE.width))), keep),
  drawReference: (keep = false) => timed(reference, keep),
}
document.title = 'ready'
