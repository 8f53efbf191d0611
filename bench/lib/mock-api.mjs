/* global Request, Buffer */
import { createServer } from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'

/**
 * The demo's own mock API in Node (bench/memory/mock-api.js, through Vite's module runner), so a live
 * build can be measured with its data coming over the network rather than from a mock in the page.
 */
export async function loadMockApi(scenario) {
  const { module: api } = await runnerImport(join(process.cwd(), 'bench/memory/mock-api.js'), {
    configFile: false,
    logLevel: 'error',
  })
  api.playScenario(scenario)
  return api
}

/** The connection a live build needs in sessionStorage to skip its connection screen. */
export function liveConnection(api, apiUrl) {
  return JSON.stringify({ apiUrl, apiKey: api.DEMO_API_KEY, demo: false, backend: 'probely' })
}

/** An HTTP server answering with the mock API (for `vite preview` to proxy /api to); stop() closes it. */
export async function serveMockApi(api, port) {
  const server = createServer(async (incoming, outgoing) => {
    const chunks = []
    for await (const chunk of incoming) chunks.push(chunk)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).filter(([, value]) => typeof value === 'string'),
    )
    const response = await api.answer(
      new Request(`http://127.0.0.1:${port}${incoming.url}`, { method: incoming.method, headers, body }),
    )
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}
