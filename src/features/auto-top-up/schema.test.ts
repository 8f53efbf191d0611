import { createTopUpSchema, PACK_REQUIRED, PACK_UNAVAILABLE, type TopUpFormValues } from './schema'
import { allowedPacks } from './test-packs'

const schema = createTopUpSchema(allowedPacks)
const values = (overrides: Partial<TopUpFormValues>): TopUpFormValues => ({
  onInsufficient: false,
  onExpiration: false,
  packId: '',
  ...overrides,
})
const packErrors = (input: TopUpFormValues) =>
  schema
    .safeParse(input)
    .error?.issues.filter((issue) => issue.path.join('.') === 'packId')
    .map((issue) => issue.message) ?? []

describe('auto top-up form schema', () => {
  it('accepts both switches off, with or without a pack', () => {
    expect(schema.safeParse(values({})).success).toBe(true)
    expect(schema.safeParse(values({ packId: 'pack_500' })).success).toBe(true)
  })

  it('requires a pack when either switch is on, and says so at the pack', () => {
    expect(packErrors(values({ onInsufficient: true }))).toEqual([PACK_REQUIRED])
    expect(packErrors(values({ onExpiration: true }))).toEqual([PACK_REQUIRED])
    expect(packErrors(values({ onInsufficient: true, onExpiration: true }))).toEqual([PACK_REQUIRED])
    expect(PACK_REQUIRED).toBe('Choose a pack to buy when auto top-up runs.')
  })

  it('accepts a switch on with a pack the plan allows', () => {
    expect(schema.safeParse(values({ onInsufficient: true, packId: 'pack_1000' })).success).toBe(true)
    expect(
      schema.safeParse(values({ onInsufficient: true, onExpiration: true, packId: 'pack_100' })).success,
    ).toBe(true)
  })

  it('refuses a pack the plan does not allow, even with both switches off', () => {
    expect(packErrors(values({ packId: 'pack_2000' }))).toEqual([PACK_UNAVAILABLE])
    expect(packErrors(values({ onExpiration: true, packId: 'pack_2000' }))).toEqual([PACK_UNAVAILABLE])
  })

  it('with no packs on the plan, only "off" is valid', () => {
    const none = createTopUpSchema([])
    expect(none.safeParse(values({})).success).toBe(true)
    expect(none.safeParse(values({ onInsufficient: true })).success).toBe(false)
  })

  it('refuses values of the wrong type', () => {
    expect(schema.safeParse({ onInsufficient: 'yes', onExpiration: false, packId: '' }).success).toBe(false)
    expect(schema.safeParse({ onInsufficient: true, onExpiration: false, packId: null }).success).toBe(false)
  })
})
