import console from 'node:console'

const TARGETS = {
  firstRouteKB: 130,
  lighthouseScore: 100,
  afterResponseMs: 50,
  seriesMs: 5,
  ratioToUplot: 1.5,
  heapMB: 60,
}

const top = (entries, count = 3) =>
  Object.entries(entries)
    .slice(0, count)
    .map(([part, ms]) => `${part} ${ms} ms`)
    .join(', ')

/** Each target, what was measured, whether it was met, by how much not, and what the data says why. */
export function verdicts(results) {
  const list = []
  const add = (what, measured, target, met, why = null, reference = null) =>
    list.push({
      what,
      measured,
      target,
      met,
      ...(met ? {} : { by: why?.by ?? null, why: why?.text ?? null }),
      reference,
    })
  const { bundle, lighthouse, interaction, chart, memory } = results
  if (bundle) {
    const over = bundle.firstRouteKB - TARGETS.firstRouteKB
    add(
      'First route JS, live build (KB gzip)',
      bundle.firstRouteKB,
      `≤ ${TARGETS.firstRouteKB}`,
      over <= 0,
      {
        by: `${over.toFixed(1)} KB over`,
        text: `largest parts: ${bundle.firstRouteByPart
          .slice(0, 6)
          .map((p) => `${p.part} ${p.kb}`)
          .join(', ')} KB`,
      },
      `React+ReactDOM floor ${bundle.floorKB} KB (×${bundle.ratioToFloor})`,
    )
  }
  for (const [build, routes] of Object.entries(lighthouse ?? {})) {
    for (const [route, entry] of Object.entries(routes ?? {})) {
      const scores = Object.values(entry.scores)
      add(
        `Lighthouse ${build} ${route} (perf/a11y/best practices)`,
        scores.join('/'),
        '100/100/100',
        scores.every((score) => score >= TARGETS.lighthouseScore),
        {
          by: `${Math.max(...scores.map((score) => TARGETS.lighthouseScore - score))} points short`,
          text: `FCP ${entry.metrics.fcpMs} ms, LCP ${entry.metrics.lcpMs} ms, TBT ${entry.metrics.tbtMs} ms, CLS ${entry.metrics.cls}; below par in most runs: ${entry.belowPar.join(', ')}`,
        },
        `LCP ${entry.metrics.lcpMs} ms, TBT ${entry.metrics.tbtMs} ms, CLS ${entry.metrics.cls}`,
      )
    }
  }
  for (const kind of ['filter', 'nextPage']) {
    const entry = interaction?.[kind]
    if (!entry) continue
    add(
      `Table ${kind === 'filter' ? 'after a filter' : 'next page'}: work after the response (ms, CPU 4×)`,
      entry.afterResponseMs,
      `≤ ${TARGETS.afterResponseMs}`,
      entry.afterResponseMs <= TARGETS.afterResponseMs,
      {
        by: `${(entry.afterResponseMs / TARGETS.afterResponseMs).toFixed(1)}× the target`,
        text: `profiled: ${top(entry.afterResponseByPart.ms, 4)}`,
      },
      `click to painted rows ${entry.totalMs} ms (request ${entry.requestMs} ms)`,
    )
  }
  if (chart) {
    add(
      `Chart: series + LTTB of ${chart.rows.toLocaleString('en')} rows (ms)`,
      chart.seriesMs,
      `≤ ${TARGETS.seriesMs}`,
      chart.seriesMs <= TARGETS.seriesMs,
      { by: `${(chart.seriesMs - TARGETS.seriesMs).toFixed(1)} ms over`, text: null },
      `${chart.seriesPoints} points kept`,
    )
    add(
      'Chart: draw, ours vs uPlot (ratio)',
      chart.ratioToUplot,
      `≤ ${TARGETS.ratioToUplot}`,
      chart.ratioToUplot <= TARGETS.ratioToUplot,
      { by: `${(chart.ratioToUplot / TARGETS.ratioToUplot).toFixed(2)}× the target`, text: null },
      `ours ${chart.drawMs} ms (plot alone ${chart.plotOnlyMs} ms), uPlot ${chart.uplotMs} ms`,
    )
  }
  if (memory) {
    add(
      `JS heap, chart with ${memory.live.rows.toLocaleString('en')} rows, live build (MB)`,
      memory.live.heapMB,
      `≤ ${TARGETS.heapMB}`,
      memory.live.heapMB <= TARGETS.heapMB,
      { by: `${(memory.live.heapMB - TARGETS.heapMB).toFixed(1)} MB over`, text: null },
      `the rows ${memory.live.chartRowsMB} MB`,
    )
    add(
      `JS heap, same, demo build with the mock API in the page (MB)`,
      memory.demo.heapMB,
      `≤ ${TARGETS.heapMB}`,
      memory.demo.heapMB <= TARGETS.heapMB,
      {
        by: `${(memory.demo.heapMB - TARGETS.heapMB).toFixed(1)} MB over`,
        text: `the page holds the mock's ledger: ${memory.demo.twoDays.heapMB} MB with two days charted`,
      },
      `the rows ${memory.demo.chartRowsMB} MB`,
    )
  }
  return list
}

export function printTable(list) {
  const rows = list.map((v) => [
    v.what,
    String(v.measured),
    v.target,
    v.reference ?? '',
    v.met ? 'yes' : `no: ${v.by}`,
  ])
  const head = ['Measure (medians)', 'Measured', 'Target', 'Reference', 'Met']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  console.log(line(head))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  for (const v of list.filter((v) => !v.met && v.why)) console.log(`\n${v.what}: ${v.why}`)
}
