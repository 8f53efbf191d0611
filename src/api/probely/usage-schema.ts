import * as z from 'zod/mini'
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
  email: z.optional(z.string()),
  name: z.optional(z.string()),
})

const nameValue = z.looseObject({ name: z.string(), value: z.string() })
const requestExtra = z.extend(nameValue, {
  allow_testing: z.optional(z.boolean()),
  authentication: z.optional(z.boolean()),
})

export const labelSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  color: z.optional(z.string()),
  changed_by: z.nullish(userRef),
  changed: z.nullish(timestamp),
})

const apiScanSettings = z.looseObject({
  api_schema_type: z.optional(openEnum(['openapi', 'postman'])),
  api_schema_url: z.nullish(z.string()),
  api_schema_file: z.nullish(z.string()),
  custom_api_parameters: z.optional(z.array(nameValue)),
  media_type: z.optional(openEnum(['application/json', 'application/x-www-form-urlencoded'])),
  api_login_url: z.optional(z.string()),
  api_login_payload: z.optional(z.string()),
  api_login_enabled: z.optional(z.boolean()),
  api_login_token_field: z.optional(z.string()),
  token_prefix: z.optional(z.string()),
  token_parameter_name: z.optional(z.string()),
  token_parameter_location: z.optional(openEnum(['cookie', 'header'])),
})

export const siteSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  desc: z.nullish(z.string()),
  url: z.string(),
  host: z.string(),
  has_form_login: z.optional(z.boolean()),
  form_login_url: z.optional(z.string()),
  form_login_check_pattern: z.optional(z.string()),
  form_login: z.optional(z.array(nameValue)),
  logout_detection_enabled: z.optional(z.boolean()),
  has_sequence_login: z.optional(z.boolean()),
  has_sequence_navigation: z.optional(z.boolean()),
  has_basic_auth: z.optional(z.boolean()),
  basic_auth: z.nullish(z.looseObject({ username: z.string(), password: z.string() })),
  headers: z.optional(z.array(requestExtra)),
  cookies: z.optional(z.array(requestExtra)),
  whitelist: z.nullish(z.record(z.string(), z.unknown())),
  blacklist: z.nullish(z.record(z.string(), z.unknown())),
  changed: z.optional(timestamp),
  changed_by: z.nullish(userRef),
  auth_enabled: z.optional(z.boolean()),
  logout_condition: z.optional(openEnum(['any', 'all'])),
  check_session_url: z.optional(z.string()),
  has_otp: z.optional(z.boolean()),
  otp_secret: z.optional(z.string()),
  otp_algorithm: z.optional(openEnum(['SHA1', 'SHA256', 'SHA512'])),
  otp_digits: z.optional(integer),
  otp_field: z.optional(z.string()),
  otp_submit: z.optional(z.string()),
  otp_login_sequence_totp_value: z.optional(z.string()),
  otp_type: z.optional(z.string()),
  otp_url: z.optional(z.string()),
  stack: z.optional(
    z.array(z.looseObject({ id: z.string(), name: z.string(), desc: z.nullish(z.string()) })),
  ),
  verified: z.optional(z.boolean()),
  verification_token: z.optional(z.string()),
  verification_date: z.nullish(timestamp),
  verification_method: z.optional(
    openEnum([
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
    ]),
  ),
  verification_last_error: z.optional(z.string()),
  api_scan_settings: z.nullish(apiScanSettings),
})

const scanningAgent = z.looseObject({
  id: z.optional(z.string()),
  name: z.string(),
  installer_generated: z.optional(z.boolean()),
  online: z.optional(z.boolean()),
  fallback: z.optional(z.boolean()),
  rx_bytes: z.optional(integer),
  tx_bytes: z.optional(integer),
  latest_handshake: z.optional(integer),
})

const blackoutPeriod = z.looseObject({
  begin: z.optional(z.string()),
  cease: z.optional(z.string()),
  weekdays: z.optional(z.array(integer)),
  enabled: z.optional(z.boolean()),
  timezone: z.optional(z.string()),
  changed: z.optional(timestamp),
  changed_by: z.nullish(userRef),
})

export const targetSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  site: z.nullish(siteSchema),
  type: z.optional(z.string()),
  desc: z.nullish(z.string()),
  labels: z.optional(z.array(labelSchema)),
  has_assets: z.optional(z.boolean()),
  report_fileformat: z.optional(openEnum(['pdf', 'docx'])),
  scanning_agent: z.nullish(scanningAgent),
  teams: z.optional(z.array(z.looseObject({ id: z.optional(z.string()), name: z.string() }))),
  blackout_period: z.nullish(blackoutPeriod),
})

export const scanSchema = z.looseObject({
  id: z.string(),
  status: z.optional(openEnum(scanStatuses)),
  started: z.nullish(timestamp),
  completed: z.nullish(timestamp),
  scan_profile: z.optional(z.string()),
  lows: z.nullish(integer),
  mediums: z.nullish(integer),
  highs: z.nullish(integer),
  created: z.optional(timestamp),
})

/**
 * One ledger row. `operation` is not in the seed document but some servers send it; when present it is the
 * truth for the row's kind. `scan` and `target` are documented as required, yet purchases, grants and
 * expiries have no scan, so both may be null.
 */
export const usageRowSchema = z.looseObject({
  timestamp,
  description: z.nullish(z.string()),
  amount: integer,
  balance: integer,
  on_hold: z.optional(integer),
  full_balance: z.optional(integer),
  operation: z.optional(openEnum(usageOperations)),
  scan: z.nullish(scanSchema),
  target: z.nullish(targetSchema),
})

export const usagePageSchema = z.looseObject({
  count: integer,
  page_total: z.optional(integer),
  page: z.optional(integer),
  length: z.optional(integer),
  results: z.array(usageRowSchema),
})

export type UsageRowJson = z.input<typeof usageRowSchema>
export type UsageRowWire = z.output<typeof usageRowSchema>
export type UsagePageJson = z.input<typeof usagePageSchema>
export type UsagePageWire = z.output<typeof usagePageSchema>
export type TargetJson = z.input<typeof targetSchema>
export type ScanJson = z.input<typeof scanSchema>
