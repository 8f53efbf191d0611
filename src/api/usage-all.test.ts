import { http, HttpResponse } from 'msw'
import { setConnection } from './connection'
import { server } from '../mocks/node'
import { demoConnection } from '../test/render'
import { fetchAllUsage, sumUsage } from './usage-all'

describe('fetchAllUsage', () => {
  beforeEach(() => setConnection(demoConnection))

  it('reads every page of the filtered set at the largest page size, in order, with progress', async () => {
    const lengths = new Set<string | null>()
    server.events.on('request:start', ({ request }) => {
      lengths.add(new URL(request.url).searchParams.get('length'))
    })
    const progress: number[] = []
    const entries = await fetchAllUsage(
      { operations: ['purchased'] },
      { onProgress: ({ loaded }) => progress.push(loaded) },
    )
    server.events.removeAllListeners()
    expect(entries.length).toBeGreaterThan(0)
    expect(entries.every((entry) => entry.operation === 'purchased')).toBe(true)
    const times = entries.map((entry) => entry.timestamp)
    expect([...times].sort().reverse()).toEqual(times)
    expect(progress.at(-1)).toBe(entries.length)
    expect([...lengths]).toEqual(['100'])
  })

  it('fails as a whole when one page fails', async () => {
    server.use(
      http.get('*/account/credits/usage/', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2'
          ? HttpResponse.json({ detail: 'Boom.' }, { status: 500 })
          : undefined,
      ),
    )
    await expect(fetchAllUsage({})).rejects.toMatchObject({ kind: 'server', message: 'Boom.' })
  })
})

describe('sumUsage', () => {
  it('totals each operation as a positive count and nets the signed changes', () => {
    const entry = (operation: string | null, change: number) =>
      ({ operation, change }) as Parameters<typeof sumUsage>[0][number]
    expect(
      sumUsage([
        entry('used', -4),
        entry('used', -6),
        entry('purchased', 500),
        entry('expired', -20),
        entry(null, 3),
      ]),
    ).toEqual({ used: 10, purchased: 500, earned: 0, expired: 20, net: 473, count: 5 })
  })
})
