import fc from 'fast-check'
import { convisoScenarios } from '../../mocks/backend-scenarios'
import { buildConvisoCredits } from '../../mocks/conviso/credits'
import { executeConviso } from '../../mocks/conviso/execute'
import { DEMO_COMPANY_ID, type Scenario } from '../../mocks/demo-state'
import { startOfUtcDay } from '../../mocks/probely/time'
import { mutate, mutations, type Json } from '../../test/hostile-json'
import { ApiError, InvalidResponseError } from '../errors'
import { usageOrderings, type UsageEntry, type UsageQuery } from '../types'
import { creditsOf, toCreditBuckets, toUsageEntries } from './credits'
import { executionCreditsQuery, executionCreditTransactionsQuery, type GraphqlDocument } from './documents'
import { createGraphqlClient } from './graphql'
import { queryUsage } from './local-usage'
import { creditsDataSchema, executionCreditSchema, type ExecutionCreditWire } from './schema'

const now = new Date('2026-11-21T12:00:00Z')
const scenarioIds = convisoScenarios.map(({ id }) => id)

/** What the backend does with an answer: balances, usage rows, and the first page of those rows. */
function mapAll(data: Record<string, ExecutionCreditWire | null>) {
  const credits = creditsOf(data)
  const entries = toUsageEntries(credits)
  return [toCreditBuckets(credits), queryUsage(entries, {})]
}

/** A few transactions per credit are enough to mutate, and keep every mutation likely to hit a credit. */
function trimmed(body: unknown): Json {
  const copy = structuredClone(body) as { data?: Record<string, { transactions?: unknown[] } | null> }
  for (const credit of Object.values(copy.data ?? {})) {
    if (credit?.transactions) credit.transactions = credit.transactions.slice(-3)
  }
  return copy as Json
}

/** The demo server's answer to `document`, as it would send it. */
async function demoAnswer(
  document: GraphqlDocument,
  scenario: Scenario = 'healthy',
  companyId = DEMO_COMPANY_ID,
) {
  const body = { ...document, variables: { companyId } }
  return trimmed((await executeConviso(body, scenario, now)).body)
}

/** Valid envelopes: both documents in every scenario, a refused company, and a credit type not found. */
async function seedsOf(): Promise<{ document: GraphqlDocument; payload: Json }[]> {
  const seeds = []
  for (const document of [executionCreditsQuery, executionCreditTransactionsQuery]) {
    for (const scenario of scenarioIds)
      seeds.push({ document, payload: await demoAnswer(document, scenario) })
    seeds.push({ document, payload: await demoAnswer(document, 'healthy', 'someone-else') })
  }
  const healthy = (await demoAnswer(executionCreditTransactionsQuery)) as { data: Record<string, Json> }
  seeds.push({
    document: executionCreditTransactionsQuery,
    payload: {
      data: { aiPentest: healthy.data.aiPentest ?? null, dast: null },
      errors: [{ message: 'Not found', path: ['dast'], extensions: { code: 'NOT_FOUND' } }],
    },
  })
  return seeds
}

/** Every request of the client is answered with `text`, 200 OK, as a server that drifted would. */
function answerWith(text: () => string) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
    Promise.resolve(new Response(text(), { headers: { 'Content-Type': 'application/json' } })),
  )
}

const carriesErrors = (payload: Json) =>
  !!payload &&
  typeof payload === 'object' &&
  !Array.isArray(payload) &&
  Array.isArray(payload.errors) &&
  payload.errors.length > 0

/**
 * Through the GraphQL client, the way the app reads an answer: the only failures are the typed
 * invalid-response error, or, for an envelope carrying `errors`, the typed error they stand for.
 */
async function survivesGraphql(payload: Json, document: GraphqlDocument, setAnswer: (text: string) => void) {
  const client = createGraphqlClient('/conviso', { 'x-api-key': 'demo-key' })
  setAnswer(JSON.stringify(payload))
  let data: Record<string, ExecutionCreditWire | null>
  try {
    data = await client.request(document, { companyId: DEMO_COMPANY_ID }, creditsDataSchema)
  } catch (error) {
    if (!(error instanceof InvalidResponseError)) {
      expect(error).toBeInstanceOf(ApiError)
      expect(carriesErrors(payload)).toBe(true)
    }
    return
  }
  expect(() => mapAll(data)).not.toThrow()
}

const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString())

/** Any query the type allows: dates or not, any filters, any ordering, any page and length at all. */
const usageQuery: fc.Arbitrary<UsageQuery> = fc.record(
  {
    startDt: fc.oneof(isoDate, fc.string()),
    endDt: fc.oneof(isoDate, fc.string()),
    operations: fc.array(fc.oneof(fc.constantFrom('used', 'refunded', 'purchased', ''), fc.string())),
    targets: fc.array(fc.string(), { maxLength: 2 }),
    labels: fc.array(fc.string(), { maxLength: 2 }),
    scope: fc.string(),
    search: fc.oneof(fc.constantFrom('dast', 'AI pentest', 'refund', 'api.acme'), fc.string()),
    ordering: fc.constantFrom(...usageOrderings),
    page: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double()),
    length: fc.oneof(fc.constantFrom(10, 25, 50, 100), fc.integer({ min: -5, max: 500 }), fc.double()),
  },
  { requiredKeys: [] },
)

describe('hostile Conviso payloads', () => {
  let seeds: { document: GraphqlDocument; payload: Json }[] = []
  let next = ''
  const setAnswer = (text: string) => {
    next = text
  }
  beforeAll(async () => {
    seeds = await seedsOf()
  })
  beforeEach(() => answerWith(() => next))

  it('every seed is read and mapped as it is, and a refused company is the typed error', async () => {
    const client = createGraphqlClient('/conviso', { 'x-api-key': 'demo-key' })
    for (const { document, payload } of seeds) {
      setAnswer(JSON.stringify(payload))
      const read = client.request(document, { companyId: DEMO_COMPANY_ID }, creditsDataSchema)
      if (JSON.stringify(payload).includes('FORBIDDEN')) {
        await expect(read).rejects.toMatchObject({ kind: 'forbidden' })
      } else {
        const data = await read
        expect(() => mapAll(data)).not.toThrow()
      }
    }
  })

  it('GraphQL answers: read or fail with a typed error, and whatever is read maps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds), mutations, ({ document, payload }, steps) =>
        survivesGraphql(mutate(payload, steps), document, setAnswer),
      ),
    )
  })

  it('any JSON at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (value) =>
        survivesGraphql(value as Json, executionCreditTransactionsQuery, setAnswer),
      ),
    )
  })
})

describe('queryUsage over the mapped rows', () => {
  const dayStart = startOfUtcDay(now)
  const rowSets: UsageEntry[][] = scenarioIds.map((scenario) =>
    toUsageEntries(
      buildConvisoCredits(scenario, dayStart).map((credit) => executionCreditSchema.parse(credit)),
    ),
  )

  it('answers any query, failing only with "Invalid page." (404) for a page that does not exist', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rowSets), usageQuery, (rows, query) => {
        // Page 1 always exists, even with no rows: it tells how many pages there are.
        const first = queryUsage(rows, { ...query, page: 1 })
        const page = query.page ?? 1
        if (!Number.isInteger(page) || page < 1 || page > first.pageCount) {
          expect(() => queryUsage(rows, query)).toThrow(
            expect.objectContaining({ kind: 'not_found', status: 404, message: 'Invalid page.' }),
          )
          return
        }
        const answer = queryUsage(rows, query)
        expect(answer.count).toBe(first.count)
        expect(answer.count).toBeLessThanOrEqual(rows.length)
        expect(answer.entries.length).toBeLessThanOrEqual(answer.pageSize)
        expect(answer.entries.every((entry) => rows.includes(entry))).toBe(true)
      }),
    )
  })
})
