import type { TargetJson } from '../../api/probely/usage-schema'

/**
 * The demo's targets. Ids are fixed (not random) so e2e tests and shared links can name them. `scope` is
 * not in the API docs: the usage list's `scope__name` filter implies targets belong to a scope, so each
 * target carries an extra `scope: { id, name }` that the loose schema keeps.
 */

export interface DemoScope {
  id: string
  name: string
}

export const scopes = {
  retail: { id: 'scRetai1Kp9x', name: 'Retail' },
  platform: { id: 'scP1atfmQ7zd', name: 'Platform' },
} as const satisfies Record<string, DemoScope>

const owner = { id: 'usrAna7Qk2Xw', email: 'ana.silva@example.com', name: 'Ana Silva' }

const labelColors: Record<string, string> = {
  production: '#1f7a4d',
  staging: '#b7791f',
  pci: '#c53030',
  internal: '#4a5568',
  api: '#2b6cb0',
}

interface TargetSpec {
  id: string
  name: string
  host: string
  labels: string[]
  scope: DemoScope
  api: boolean
  /** Relative share of the scans run on this target. */
  weight: number
}

const targetSpec = (
  id: string,
  name: string,
  host: string,
  labels: string[],
  scope: DemoScope,
  weight: number,
) => ({
  id,
  name,
  host,
  labels,
  scope,
  weight,
  api: labels.includes('api'),
})

export const targetSpecs: readonly TargetSpec[] = [
  targetSpec('tgShop4Yx2Lm', 'Web shop', 'shop.example.com', ['production', 'pci'], scopes.retail, 30),
  targetSpec('tgChkout8Rq3', 'Checkout', 'checkout.example.com', ['production', 'pci'], scopes.retail, 14),
  targetSpec('tgStgShp5Nv7', 'Shop (staging)', 'staging.shop.example.com', ['staging'], scopes.retail, 16),
  targetSpec('tgB1ogWp6Hc2', 'Blog', 'blog.example.com', ['production'], scopes.retail, 5),
  targetSpec('tgApiPub9Ks4', 'Public API', 'api.example.com', ['production', 'api'], scopes.platform, 18),
  targetSpec(
    'tgAdmnPn3Ty8',
    'Admin console',
    'admin.example.com',
    ['production', 'internal'],
    scopes.platform,
    8,
  ),
  targetSpec('tgAuthSv2Mb6', 'Auth service', 'auth.example.com', ['production', 'pci'], scopes.platform, 6),
  targetSpec(
    'tgSandbx7Gf5',
    'R&D sandbox',
    'sandbox.dev.example.com',
    ['staging', 'internal'],
    scopes.platform,
    3,
  ),
]

const labelIds: Record<string, string> = {
  production: 'LbProd8Xc4Ve',
  staging: 'LbStag3Nw7Qa',
  pci: 'LbPci5Tz9Hm2',
  internal: 'LbIntr6Jd2Ku',
  api: 'LbApi4Ry8Sp3',
}

function buildTarget(spec: TargetSpec, sinceMs: number): TargetJson {
  const changed = new Date(sinceMs - 3 * 86_400_000).toISOString()
  return {
    id: spec.id,
    name: spec.name,
    type: spec.api ? 'api' : 'single',
    desc: null,
    site: {
      id: `st${spec.id.slice(2)}`,
      name: spec.name,
      desc: null,
      url: `https://${spec.host}/`,
      host: spec.host,
      has_form_login: !spec.api && spec.labels.includes('pci'),
      has_sequence_login: false,
      has_sequence_navigation: spec.host.startsWith('checkout'),
      has_basic_auth: spec.labels.includes('staging'),
      auth_enabled: spec.labels.includes('pci'),
      changed,
      changed_by: owner,
      verified: true,
      verification_method: 'dns_txt',
      verification_date: changed,
      verification_token: `probely-verify-${spec.id.toLowerCase()}`,
      verification_last_error: '',
      api_scan_settings: spec.api
        ? {
            api_schema_type: 'openapi',
            api_schema_url: `https://${spec.host}/openapi.json`,
            media_type: 'application/json',
          }
        : null,
    },
    labels: spec.labels.map((name) => ({
      id: labelIds[name] ?? `Lb${name}`,
      name,
      color: labelColors[name] ?? '#718096',
      changed,
      changed_by: owner,
    })),
    has_assets: false,
    report_fileformat: 'pdf',
    scanning_agent: null,
    teams: [],
    blackout_period: null,
    scope: { ...spec.scope },
  }
}

/** Targets exist a few days before the first row, so their verification predates every scan. */
export function buildTargets(sinceMs: number): TargetJson[] {
  return targetSpecs.map((spec) => buildTarget(spec, sinceMs))
}
