import { buildSchema, parse as parseDocument, validate } from 'graphql'
import { http, HttpResponse } from 'msw'
import { convisoSdl } from '../../mocks/conviso/sdl'
import { server } from '../../mocks/node'
import { ApiError, InvalidResponseError, RateLimitedError } from '../errors'
import { createConvisoBackend } from './backend'
import { toCreditBuckets, toUsageEntries } from './credits'
import { executionCreditsQuery, executionCreditTransactionsQuery } from './documents'
import { graphqlError } from './graphql'
import { creditsDataSchema, executionCreditSchema, type ExecutionCreditJson } from './schema'

/** An `ExecutionCredit` built field by field from the type in seed 002 (with the assumed transactions). */
const credit = (overrides: Partial<ExecutionCreditJson> = {}): ExecutionCreditJson => ({
  id: '501',
  creditType: 'AI_PENTEST',
  credits: 20,
  usedCredits: 8,
  rollupType: 'MONTHLY',
  updatedAt: '2026-11-20T10:00:00Z',
  transactions: [
    {
      id: 't1',
      transactionType: 'DEBIT',
      amount: 3,
      description: 'AI pentest of api.acme.example',
      createdAt: '2026-11-02T09:00:00Z',
    },
    { id: 't2', transactionType: 'REFUND', amount: 3, description: null, createdAt: '2026-11-02T11:00:00Z' },
    { id: 't3', transactionType: 'DEBIT', amount: 8, description: '  ', createdAt: '2026-11-05T09:00:00Z' },
  ],
  ...overrides,
})

const backend = () => createConvisoBackend({ apiUrl: '/conviso', apiKey: 'demo-key', companyId: '1042' })
const answer = (body: object) =>
  server.use(http.post('*/conviso/graphql', () => HttpResponse.json(body as Record<string, unknown>)))

describe('Conviso payloads', () => {
  it('parse as built from the type, with every field the seed lists', () => {
    const full = {
      ...credit(),
      company: { id: '1042' },
      companyId: '1042',
      createdAt: '2026-01-01T00:00:00Z',
      deletedAt: null,
    }
    expect(executionCreditSchema.parse(full)).toMatchObject({
      creditType: 'AI_PENTEST',
      credits: 20,
      usedCredits: 8,
    })
  })

  it('become one bucket per credit type, never pooled, and an unknown type keeps its name', () => {
    const data = creditsDataSchema.parse({
      aiPentest: credit(),
      dast: credit({ id: '502', creditType: 'DAST', credits: 100, usedCredits: 130, rollupType: 'YEARLY' }),
      other: credit({ id: '503', creditType: 'MOBILE_PENTEST', rollupType: 'FORTNIGHTLY' }),
      none: null,
    })
    expect(toCreditBuckets(Object.values(data).filter((c) => c !== null))).toEqual({
      pooled: false,
      available: undefined,
      used: undefined,
      buckets: [
        { kind: 'AI_PENTEST', total: 20, used: 8, remaining: 12, renewal: 'MONTHLY' },
        // More used than granted leaves nothing, not a negative balance.
        { kind: 'DAST', total: 100, used: 130, remaining: 0, renewal: 'YEARLY' },
        { kind: 'MOBILE_PENTEST', total: 20, used: 8, remaining: 12, renewal: 'FORTNIGHTLY' },
      ],
    })
  })

  it('turn debits into used credits and refunds into credits given back, newest first', () => {
    const entries = toUsageEntries([executionCreditSchema.parse(credit())])
    expect(
      entries.map(({ operation, change, description, creditType }) => ({
        operation,
        change,
        description,
        creditType,
      })),
    ).toEqual([
      { operation: 'used', change: -8, description: null, creditType: 'AI_PENTEST' },
      { operation: 'refunded', change: 3, description: null, creditType: 'AI_PENTEST' },
      {
        operation: 'used',
        change: -3,
        description: 'AI pentest of api.acme.example',
        creditType: 'AI_PENTEST',
      },
    ])
  })

  it('reject a credit without its counts', () => {
    expect(executionCreditSchema.safeParse({ ...credit(), credits: undefined }).success).toBe(false)
    expect(executionCreditSchema.safeParse({ ...credit(), usedCredits: 'many' }).success).toBe(false)
  })
})

describe('the GraphQL documents', () => {
  it('are valid against the schema the demo serves (the seed type and the assumptions)', () => {
    const schema = buildSchema(convisoSdl)
    for (const document of [executionCreditsQuery, executionCreditTransactionsQuery]) {
      expect(validate(schema, parseDocument(document.query))).toEqual([])
    }
  })
})

describe('GraphQL errors in a 200 answer', () => {
  it('become the typed error an HTTP failure of the same kind would be', () => {
    const error = (message: string, code?: string) =>
      graphqlError([{ message, extensions: code ? { code } : undefined }])
    expect(error('Invalid API key.', 'UNAUTHENTICATED')).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: 'Invalid API key.',
    })
    expect(error('No.', 'FORBIDDEN')).toMatchObject({ kind: 'forbidden', status: 403 })
    expect(error('Slow down', 'RATE_LIMITED')).toBeInstanceOf(RateLimitedError)
    expect(error('Boom', 'INTERNAL_SERVER_ERROR')).toMatchObject({ kind: 'server' })
    expect(error("Field 'x' doesn't exist", 'GRAPHQL_VALIDATION_FAILED')).toMatchObject({ kind: 'client' })
    // Without a code, the words decide.
    expect(error('Unauthorized')).toMatchObject({ kind: 'unauthorized' })
    expect(error('Scope - Resource not accessible for id: 7')).toMatchObject({ kind: 'forbidden' })
    expect(graphqlError([{ message: 'One' }, { message: 'Two' }]).message).toBe('One (and 1 more)')
  })

  it('are thrown by the backend, while a credit type that is not found is only missing', async () => {
    answer({
      data: null,
      errors: [{ message: 'API key has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
    })
    await expect(backend().getCreditBuckets()).rejects.toMatchObject({
      kind: 'unauthorized',
      message: 'API key has expired.',
    })

    answer({
      data: { aiPentest: credit(), dast: null },
      errors: [{ message: 'Not found', path: ['dast'], extensions: { code: 'NOT_FOUND' } }],
    })
    await expect(backend().getCreditBuckets()).resolves.toMatchObject({ buckets: [{ kind: 'AI_PENTEST' }] })
  })

  it('an answer without data, or with data of the wrong shape, is an invalid response', async () => {
    answer({})
    await expect(backend().getCreditBuckets()).rejects.toBeInstanceOf(InvalidResponseError)
    answer({ data: { aiPentest: { ...credit(), credits: 'lots' } } })
    await expect(backend().getCreditBuckets()).rejects.toMatchObject({
      kind: 'invalid_response',
      fields: [expect.objectContaining({ path: 'data.aiPentest.credits' })],
    })
  })
})

describe('Conviso backend', () => {
  it('sends the documents with x-api-key and the company, and what it does not offer rejects as not found', async () => {
    const requests: { key: string | null; body: unknown }[] = []
    server.use(
      http.post('*/conviso/graphql', async ({ request }) => {
        requests.push({ key: request.headers.get('x-api-key'), body: await request.json() })
        return HttpResponse.json({ data: { aiPentest: credit(), dast: null } })
      }),
    )
    await backend().checkKey()
    expect(requests).toEqual([
      {
        key: 'demo-key',
        body: { ...executionCreditsQuery, variables: { companyId: '1042' } },
      },
    ])
    await expect(backend().getTopUpSettings()).rejects.toMatchObject({ kind: 'not_found' })
    await expect(backend().getSubscription()).rejects.toBeInstanceOf(ApiError)
  })

  it('cuts the usage pages, their totals and their export from one answer', async () => {
    let requests = 0
    server.use(
      http.post('*/conviso/graphql', () => {
        requests += 1
        return HttpResponse.json({ data: { aiPentest: credit(), dast: null } })
      }),
    )
    const api = backend()
    const [first, refunds] = await Promise.all([
      api.listUsage({ length: 2 }),
      api.listUsage({ operations: ['refunded'] }),
    ])
    expect(first).toMatchObject({ count: 3, pageCount: 2, page: 1, pageSize: 2 })
    expect(refunds.entries).toHaveLength(1)
    await api.listUsage({ page: 2, length: 2 })
    expect(requests).toBe(1)
    await expect(api.listUsage({ page: 3, length: 2 })).rejects.toMatchObject({
      kind: 'not_found',
      message: 'Invalid page.',
    })
  })
})
