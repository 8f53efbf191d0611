import { accountSchema, purchaseSchema, topUpSettingsSchema } from './account-schema'
import { toSubscription, toTopUpSettings } from './account'
import { toUsagePage } from './usage'
import { usagePageSchema } from './usage-schema'

/** Payloads as the seed documents give them ("Example (from schema)"), or built field by field from them. */

const user = { id: 'usr1', email: 'ana@example.com', name: 'Ana' }

const documentedUsageRow = {
  timestamp: '2023-08-09T13:27:43.8208302',
  description: 'Normal scan of shop.example.com',
  amount: 4,
  balance: 1250,
  on_hold: 16,
  full_balance: 1266,
  scan: {
    id: 'scan1',
    status: 'completed',
    started: '2023-08-09T13:00:00Z',
    completed: null,
    scan_profile: 'normal',
    lows: 1,
    mediums: null,
    highs: 0,
    created: '2023-08-09T12:59:00Z',
  },
  target: {
    id: 'tgt1',
    name: 'Shop',
    site: {
      id: 'site1',
      name: 'Shop',
      desc: null,
      url: 'https://shop.example.com',
      host: 'shop.example.com',
      has_form_login: false,
      form_login_url: 'https://shop.example.com/login',
      form_login_check_pattern: 'Welcome',
      form_login: [{ name: 'user', value: 'ana' }],
      logout_detection_enabled: false,
      has_sequence_login: false,
      has_sequence_navigation: false,
      has_basic_auth: false,
      basic_auth: { username: 'u', password: 'p' },
      headers: [{ name: 'X-A', value: '1', allow_testing: false, authentication: false }],
      cookies: [{ name: 'c', value: '1', allow_testing: true, authentication: false }],
      whitelist: { 'archive/search': true },
      blacklist: {},
      changed: '2023-08-09T13:27:43.8208302',
      changed_by: user,
      auth_enabled: false,
      logout_condition: 'any',
      check_session_url: 'https://shop.example.com/me',
      has_otp: false,
      otp_secret: '',
      otp_algorithm: 'SHA1',
      otp_digits: 6,
      otp_field: '',
      otp_submit: '',
      otp_login_sequence_totp_value: '',
      otp_type: 'totp',
      otp_url: '',
      stack: [{ id: 'st1', name: 'PHP', desc: null }],
      verified: true,
      verification_token: 'tok',
      verification_date: '2023-08-01T10:00:00Z',
      verification_method: 'dns_txt',
      verification_last_error: '',
      api_scan_settings: {
        api_schema_type: 'openapi',
        api_schema_url: null,
        api_schema_file: null,
        custom_api_parameters: [{ name: 'a', value: 'b' }],
        media_type: 'application/json',
        api_login_url: '',
        api_login_payload: '',
        api_login_enabled: false,
        api_login_token_field: '',
        token_prefix: 'Bearer',
        token_parameter_name: 'Authorization',
        token_parameter_location: 'header',
      },
    },
    type: 'single',
    desc: '',
    labels: [
      { id: 'lbl1', name: 'production', color: '#00FF00', changed_by: user, changed: '2023-08-09T13:27:43Z' },
    ],
    has_assets: false,
    report_fileformat: 'pdf',
    scanning_agent: {
      id: 'ag1',
      name: 'Agent',
      installer_generated: true,
      online: true,
      fallback: false,
      rx_bytes: 1,
      tx_bytes: 2,
      latest_handshake: 3,
    },
    teams: [{ id: 'team1', name: 'Core' }],
    blackout_period: {
      begin: '13:27',
      cease: '14:27',
      weekdays: [0, 1],
      enabled: false,
      timezone: 'UTC',
      changed: '2023-08-09T13:27:43Z',
      changed_by: user,
    },
  },
}

const documentedPack = {
  id: 'pack_500',
  name: '500 credits',
  price: 45000,
  currency_code: 'EUR',
  pack_amount: 500,
  discount: 10,
  savings: 5000,
}

const documentedAccount = {
  status: 'active',
  plan: {
    id: 'pro',
    name: 'Pro',
    family: null,
    description: 'For teams',
    is_trial: false,
    charge_model: 'per_unit',
    price: 49900,
    currency_code: 'EUR',
    period: 1,
    period_unit: 'month',
    allowed_builtin_scan_profiles: ['normal', 'lightning'],
    allowed_credits_packs: [documentedPack],
    discount: 0,
    savings: 0,
    tiers: null,
  },
  plan_target_quantity: 5,
  pool_size: 10,
  auto_collection: true,
  next_billing_at: '2026-12-01T00:00:00Z',
  next_billing_amount: 249500,
  trial_end: null,
  balance: 0,
  balance_currency_code: 'EUR',
  has_used_trial: true,
  heroku: false,
  plan_amount: 249500,
  available_slots: null,
}

describe('seed 000: usage list', () => {
  it('parses a row with every documented field and reads the zone-less timestamp as UTC', () => {
    const page = usagePageSchema.parse({
      count: 1,
      page_total: 1,
      page: 1,
      length: 10,
      results: [documentedUsageRow],
    })
    const { entries } = toUsagePage(page, {})
    expect(entries[0]).toMatchObject({
      timestamp: '2023-08-09T13:27:43.820Z',
      balance: 1250,
      onHold: 16,
      fullBalance: 1266,
      target: { host: 'shop.example.com', labels: [{ name: 'production' }] },
    })
  })
})

describe('seed 001: account', () => {
  it('parses the documented account', () => {
    const subscription = toSubscription(accountSchema.parse(documentedAccount))
    expect(subscription.plan?.creditPacks[0]).toMatchObject({
      credits: 500,
      price: { cents: 45000, currency: 'EUR' },
    })
    expect(subscription.nextBillingAmount).toEqual({ cents: 249500, currency: 'EUR' })
  })

  it("degrades what older servers send: missing fields, '' currencies, numeric strings, unknown enums", () => {
    const subscription = toSubscription(
      accountSchema.parse({
        status: 'paused_for_review',
        plan: {
          ...documentedAccount.plan,
          charge_model: '',
          currency_code: '',
          price: '49900',
          tiers: undefined,
        },
        balance_currency_code: '',
      }),
    )
    expect(subscription.status).toBe('paused_for_review')
    expect(subscription.plan?.chargeModel).toBeUndefined()
    expect(subscription.plan?.price).toEqual({ cents: 49900, currency: null })
    expect(subscription.nextBillingAt).toBeUndefined()
    expect(subscription.planAmount).toBeUndefined()
  })

  it('still rejects what would mislead: a timestamp that does not parse, an amount that is not a number', () => {
    expect(accountSchema.safeParse({ ...documentedAccount, next_billing_at: 'soon' }).success).toBe(false)
    expect(accountSchema.safeParse({ ...documentedAccount, next_billing_amount: 'a lot' }).success).toBe(
      false,
    )
  })
})

describe('seed 003: top-up settings', () => {
  it('parses the documented example body', () => {
    const example = {
      auto_top_up_on_expiration: true,
      auto_top_up_on_insufficient: true,
      auto_top_up_credits_pack: {
        id: 'string',
        name: 'string',
        price: 0,
        currency_code: 'USD',
        pack_amount: 0,
        discount: 0,
        savings: 0,
      },
    }
    expect(toTopUpSettings(topUpSettingsSchema.parse(example))).toMatchObject({
      onExpiration: true,
      onInsufficient: true,
      pack: { id: 'string', price: { cents: 0, currency: 'USD' } },
    })
  })

  it('accepts a null pack and a pack with the documented empty currency', () => {
    expect(topUpSettingsSchema.parse({ auto_top_up_credits_pack: null }).auto_top_up_credits_pack).toBeNull()
    const pack = topUpSettingsSchema.parse({
      auto_top_up_credits_pack: { ...documentedPack, currency_code: '' },
    })
    expect(pack.auto_top_up_credits_pack?.currency_code).toBeNull()
  })
})

describe('purchase answer', () => {
  it('keeps the invoice fields it does not model', () => {
    const parsed = purchaseSchema.parse({ total: 45000, amount_due: 0, currency_code: 'EUR', credits: 500 })
    expect(parsed).toMatchObject({ total: 45000, amount_due: 0, credits: 500 })
  })
})
