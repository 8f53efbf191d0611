import { describe, expect, it } from 'vitest'
import { usagePageSchema, type UsageRowJson } from '../../api/probely/usage-schema'
import { call, query, withDemoServer } from './api-testkit'
import { generateDemoData } from './generate'

withDemoServer()

interface Page {
  count: number
  page_total: number
  page: number
  length: number
  results: UsageRowJson[]
}

const list = async (q = '') => {
  const answer = await call<Page>(`/account/credits/usage/${q}`)
  if (answer.status === 200) usagePageSchema.parse(answer.body)
  return answer
}
const data = () => generateDemoData('healthy', new Date())
const count = (keep: (row: UsageRowJson) => boolean) => data().usage.filter(keep).length
const ms = (row: UsageRowJson | undefined) => Date.parse(String(row?.timestamp))

describe('GET /account/credits/usage/', () => {
  it('answers page 1 of 10 rows, newest first, by default', async () => {
    const { status, body } = await list()
    const usage = data().usage
    expect(status).toBe(200)
    expect([body.count, body.page, body.length, body.page_total]).toEqual([
      usage.length,
      1,
      10,
      Math.ceil(usage.length / 10),
    ])
    expect(body.results).toEqual(usage.slice(-10).reverse())
  })

  it.each([
    ['timestamp', (r: UsageRowJson) => ms(r)],
    ['amount', (r: UsageRowJson) => Number(r.amount)],
    ['balance', (r: UsageRowJson) => Number(r.balance)],
  ] as const)('orders by %s both ways', async (field, value) => {
    const up = (await list(query(['ordering', field], ['length', 100]))).body.results.map(value)
    const down = (await list(query(['ordering', `-${field}`], ['length', 100]))).body.results.map(value)
    expect(up).toEqual([...up].sort((a, b) => a - b))
    expect(down).toEqual([...down].sort((a, b) => b - a))
    expect(up[0]).toBeLessThanOrEqual(down[0] ?? 0)
  })

  it('breaks ties in ledger order, in the direction of the first term', async () => {
    const rows = (await list(query(['ordering', 'amount'], ['length', 100]))).body.results
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]?.amount === rows[i - 1]?.amount) expect(ms(rows[i])).toBeGreaterThanOrEqual(ms(rows[i - 1]))
    }
    const pages = [
      await list(query(['ordering', 'amount'], ['page', 1])),
      await list(query(['ordering', 'amount'], ['page', 2])),
    ]
    expect(pages[1]?.body.results[0]).toEqual(rows[10])
  })

  it('ignores unknown ordering fields, as DRF does', async () => {
    const fallback = (await list(query(['ordering', 'nope']))).body.results
    expect(fallback).toEqual((await list()).body.results)
    const second = (await list(query(['ordering', 'nope,-amount']))).body.results
    expect(Number(second[0]?.amount)).toBe(Math.max(...data().usage.map((r) => Number(r.amount))))
  })

  it('pages to the last page and refuses to go past it', async () => {
    const { body } = await list(query(['length', 100]))
    const last = await list(query(['length', 100], ['page', body.page_total]))
    expect(last.body.results).toHaveLength(body.count - (body.page_total - 1) * 100)
    expect((await list(query(['length', 100], ['page', 'last']))).body.page).toBe(body.page_total)
    for (const page of [body.page_total + 1, 0, -1, 'abc', '1.5']) {
      expect(await list(query(['length', 100], ['page', page]))).toEqual({
        status: 404,
        body: { detail: 'Invalid page.' },
      })
    }
  })

  it('caps the page size at 100 and falls back to 10 for nonsense', async () => {
    expect((await list(query(['length', 1000]))).body.length).toBe(100)
    expect((await list(query(['length', 1000]))).body.results).toHaveLength(100)
    expect((await list(query(['length', 0]))).body.length).toBe(10)
    expect((await list(query(['length', 'ten']))).body.length).toBe(10)
  })

  it('answers an empty result as page 1 of 1, and 404 past it', async () => {
    const { body } = await list(query(['search', 'no-such-thing-anywhere']))
    expect(body).toEqual({ count: 0, page_total: 1, page: 1, length: 10, results: [] })
    expect((await list(query(['search', 'no-such-thing-anywhere'], ['page', 2]))).status).toBe(404)
  })

  it('filters by any of several operations', async () => {
    const { body } = await list(query(['operation', 'purchased'], ['operation', 'expired'], ['length', 100]))
    expect(body.count).toBe(count((r) => r.operation === 'purchased' || r.operation === 'expired'))
    expect(new Set(body.results.map((r) => r.operation))).toEqual(new Set(['purchased', 'expired']))
  })

  it('filters by an inclusive date-time range', async () => {
    const row = data().usage[1000]
    const at = String(row?.timestamp)
    const { body } = await list(query(['start_dt', at], ['end_dt', at]))
    expect(body.results).toEqual([row])
    const day = at.slice(0, 10)
    const { body: whole } = await list(query(['start_dt', day], ['end_dt', `${day}T23:59:59.999Z`]))
    expect(whole.count).toBe(count((r) => String(r.timestamp).startsWith(day)))
  })

  it('filters by targets, labels and scope', async () => {
    const [shop, api] = data().targets
    const byTargets = await list(query(['target', String(shop?.id)], ['target', String(api?.id)]))
    expect(byTargets.body.count).toBe(count((r) => r.target?.id === shop?.id || r.target?.id === api?.id))
    const byLabel = await list(query(['target__label', 'pci'], ['length', 100]))
    expect(byLabel.body.count).toBe(count((r) => r.target?.labels?.some((l) => l.name === 'pci') ?? false))
    expect(byLabel.body.results.every((r) => r.target?.labels?.some((l) => l.name === 'pci'))).toBe(true)
    const byScope = await list(query(['scope__name', 'Platform'], ['length', 100]))
    expect(byScope.body.count).toBe(
      count((r) => (r.target?.scope as { name?: string } | undefined)?.name === 'Platform'),
    )
    expect((await list(query(['scope__name', 'platform']))).body.count).toBe(0)
  })

  it('searches descriptions and target hosts, case-insensitively, every term', async () => {
    const host = await list(query(['search', 'CHECKOUT.Example']))
    expect(host.body.count).toBe(count((r) => r.target?.site?.host === 'checkout.example.com'))
    const hostile = await list(query(['search', '<script>']))
    expect(hostile.body.results.map((r) => r.description)).toContain('<script>alert(1)</script>')
    const fields = (r: UsageRowJson) =>
      [r.description, r.target?.name, r.target?.site?.host].map((f) => (f ?? '').toLowerCase())
    const has = (r: UsageRowJson, term: string) => fields(r).some((f) => f.includes(term))
    const both = await list(query(['search', 'FULL, shop.example.com']))
    expect(both.body.count).toBe(count((r) => has(r, 'full') && has(r, 'shop.example.com')))
    expect(both.body.count).toBeLessThan((await list(query(['search', 'full']))).body.count)
  })

  it('rejects unknown choices and bad dates with field errors', async () => {
    const answer = await list(
      query(['operation', 'used'], ['operation', 'stolen'], ['target', 'nope'], ['start_dt', 'yesterday']),
    )
    expect(answer).toEqual({
      status: 400,
      body: {
        operation: ['Select a valid choice. stolen is not one of the available choices.'],
        target: ['Select a valid choice. nope is not one of the available choices.'],
        start_dt: ['Enter a valid date/time.'],
      },
    })
    expect((await list(query(['end_dt', '2026-02-30']))).body).toEqual({
      end_dt: ['Enter a valid date/time.'],
    })
  })
})
