import { z } from 'zod'
import { integer, openEnum, timestamp } from '../schema-helpers'

/** `GET /account/credits/usage/` (seed 000). Objects are loose: fields we do not know are kept, not rejected. */

export const usageOperations = ['used', 'purchased', 'earned', 'expired'] as const
export const scanStatuses = [
  'canceled',
  'canceling',
  'completed',
  'completed_with_errors',
  'failed',
  'paused',
  'pausing',
  'queued',
  'resuming',
  'started',
  'under_review',
  'finishing_up',
] as const

const userRef = z.looseObject({
  id: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
})

const nameValue = z.looseObject({ name: z.string(), value: z.string() })
const requestExtra = nameValue.extend({
  allow_testing: z.boolean().optional(),
  authentication: z.boolean().optional(),
})

export const labelSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  color: z.string().optional(),
  changed_by: userRef.nullish(),
  changed: timestamp.nullish(),
})

const apiScanSettings = z.looseObject({
  api_schema_type: openEnum(['openapi', 'postman']).optional(),
  api_schema_url: z.string().nullish(),
  api_schema_file: z.string().nullish(),
  custom_api_parameters: z.array(nameValue).optional(),
  media_type: openEnum(['application/json', 'application/x-www-form-urlencoded']).optional(),
  api_login_url: z.string().optional(),
  api_login_payload: z.string().optional(),
  api_login_enabled: z.boolean().optional(),
  api_login_token_field: z.string().optional(),
  token_prefix: z.string().optional(),
  token_parameter_name: z.string().optional(),
  token_parameter_location: openEnum(['cookie', 'header']).optional(),
})

export const siteSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  desc: z.string().nullish(),
  url: z.string(),
  host: z.string(),
  has_form_login: z.boolean().optional(),
  form_login_url: z.string().optional(),
  form_login_check_pattern: z.string().optional(),
  form_login: z.array(nameValue).optional(),
  logout_detection_enabled: z.boolean().optional(),
  has_sequence_login: z.boolean().optional(),
  has_sequence_navigation: z.boolean().optional(),
  has_basic_auth: z.boolean().optional(),
  basic_auth: z.looseObject({ username: z.string(), password: z.string() }).nullish(),
  headers: z.array(requestExtra).optional(),
  cookies: z.array(requestExtra).optional(),
  whitelist: z.record(z.string(), z.unknown()).nullish(),
  blacklist: z.record(z.string(), z.unknown()).nullish(),
  changed: timestamp.optional(),
  changed_by: userRef.nullish(),
  auth_enabled: z.boolean().optional(),
  logout_condition: openEnum(['any', 'all']).optional(),
  check_session_url: z.string().optional(),
  has_otp: z.boolean().optional(),
  otp_secret: z.string().optional(),
  otp_algorithm: openEnum(['SHA1', 'SHA256', 'SHA512']).optional(),
  otp_digits: integer.optional(),
  otp_field: z.string().optional(),
  otp_submit: z.string().optional(),
  otp_login_sequence_totp_value: z.string().optional(),
  otp_type: z.string().optional(),
  otp_url: z.string().optional(),
  stack: z.array(z.looseObject({ id: z.string(), name: z.string(), desc: z.string().nullish() })).optional(),
  verified: z.boolean().optional(),
  verification_token: z.string().optional(),
  verification_date: timestamp.nullish(),
  verification_method: openEnum([
    'file',
    'back_office',
    'existing_domain',
    'dns_txt',
    'dns',
    'dns_cname',
    'meta_tag',
    'whitelist',
    'email',
    'aws_route53',
    'cloudflare',
    'waved',
  ]).optional(),
  verification_last_error: z.string().optional(),
  api_scan_settings: apiScanSettings.nullish(),
})

const scanningAgent = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  installer_generated: z.boolean().optional(),
  online: z.boolean().optional(),
  fallback: z.boolean().optional(),
  rx_bytes: integer.optional(),
  tx_bytes: integer.optional(),
  latest_handshake: integer.optional(),
})

const blackoutPeriod = z.looseObject({
  begin: z.string().optional(),
  cease: z.string().optional(),
  weekdays: z.array(integer).optional(),
  enabled: z.boolean().optional(),
  timezone: z.string().optional(),
  changed: timestamp.optional(),
  changed_by: userRef.nullish(),
})

export const targetSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  site: siteSchema.nullish(),
  type: z.string().optional(),
  desc: z.string().nullish(),
  labels: z.array(labelSchema).optional(),
  has_assets: z.boolean().optional(),
  report_fileformat: openEnum(['pdf', 'docx']).optional(),
  scanning_agent: scanningAgent.nullish(),
  teams: z.array(z.looseObject({ id: z.string().optional(), name: z.string() })).optional(),
  blackout_period: blackoutPeriod.nullish(),
})

export const scanSchema = z.looseObject({
  id: z.string(),
  status: openEnum(scanStatuses).optional(),
  started: timestamp.nullish(),
  completed: timestamp.nullish(),
  scan_profile: z.string().optional(),
  lows: integer.nullish(),
  mediums: integer.nullish(),
  highs: integer.nullish(),
  created: timestamp.optional(),
})

/**
 * One ledger row. `operation` is not in the seed document but some servers send it; when present it is the
 * truth for the row's kind. `scan` and `target` are documented as required, yet purchases, grants and
 * expiries have no scan, so both may be null.
 */
export const usageRowSchema = z.looseObject({
  timestamp,
  description: z.string().nullish(),
  amount: integer,
  balance: integer,
  on_hold: integer.optional(),
  full_balance: integer.optional(),
  operation: openEnum(usageOperations).optional(),
  scan: scanSchema.nullish(),
  target: targetSchema.nullish(),
})

export const usagePageSchema = z.looseObject({
  count: integer,
  page_total: integer.optional(),
  page: integer.optional(),
  length: integer.optional(),
  results: z.array(usageRowSchema),
})

export type UsageRowJson = z.input<typeof usageRowSchema>
export type UsageRowWire = z.output<typeof usageRowSchema>
export type UsagePageJson = z.input<typeof usagePageSchema>
export type UsagePageWire = z.output<typeof usagePageSchema>
export type TargetJson = z.input<typeof targetSchema>
export type ScanJson = z.input<typeof scanSchema>
