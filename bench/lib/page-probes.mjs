/* global window, document, performance, requestAnimationFrame, MessageChannel, MutationObserver, setTimeout, Request */
// Functions that run in the page (passed to Playwright as functions, so they are serialised: no closures).

/** Before any app code: every fetch is timed (start, and when its response arrived), and in flight counted. */
export function instrumentFetch() {
  const log = (window.__benchFetches = [])
  window.__benchInFlight = 0
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const entry = {
      url: String(input instanceof Request ? input.url : input),
      start: performance.now(),
      end: null,
    }
    log.push(entry)
    window.__benchInFlight++
    try {
      return await original(input, init)
    } finally {
      entry.end = performance.now()
      window.__benchInFlight--
    }
  }
}

/** Resolves once no request has been in flight for `quietMs`: the page has settled. */
export function waitForQuiet(quietMs) {
  return new Promise((resolve) => {
    let quietSince = performance.now()
    const tick = () => {
      if (window.__benchInFlight > 0) quietSince = performance.now()
      if (performance.now() - quietSince >= quietMs) resolve()
      else setTimeout(tick, 50)
    }
    tick()
  })
}

/** The table's rows as text: to tell when it shows different rows. */
export function tableSignature() {
  const rows = document.querySelectorAll('.usage-table tbody > tr:not(.usage-table__details)')
  return `${rows.length}|${rows[0]?.textContent ?? ''}|${rows[rows.length - 1]?.textContent ?? ''}`
}

/**
 * Resolves after the frame in which the table, having been marked busy (it keeps the previous rows while
 * the next ones load), first shows `expectedRows` rows and is no longer busy: the response is on screen.
 * Gives the times of the user's click, of that DOM change and of the painted frame, and the fetches
 * made since the click.
 */
export function waitForNewRows({ expectedRows }) {
  return new Promise((resolve) => {
    let clickAt = null
    let sawBusy = false
    const onClick = (event) => {
      clickAt ??= event.timeStamp
    }
    document.addEventListener('click', onClick, true)
    const ready = () => {
      const wrap = document.querySelector('.usage-table')
      if (!wrap) return false
      if (wrap.getAttribute('aria-busy') === 'true') {
        sawBusy = true
        return false
      }
      return sawBusy && wrap.querySelectorAll('tbody > tr:not(.usage-table__details)').length === expectedRows
    }
    const observer = new MutationObserver(() => {
      if (clickAt === null || !ready()) return
      observer.disconnect()
      document.removeEventListener('click', onClick, true)
      const domAt = performance.now()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () =>
          resolve({
            clickAt,
            domAt,
            paintAt: performance.now(),
            fetches: window.__benchFetches.filter((entry) => entry.start >= clickAt),
          })
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    })
  })
}
