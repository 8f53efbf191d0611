import { DEMO_API_KEY, type Scenario } from '../demo-state'
import { detail, type ApiAnswer } from './drf'

/**
 * DRF's JWT authentication, then the scenarios that break every request. The keyword is matched without
 * regard to case, as DRF does; a header with another keyword counts as no credentials at all.
 */
export function checkAccess(request: Request, scenario: Scenario): ApiAnswer | null {
  const header = request.headers.get('Authorization')?.trim() ?? ''
  const [keyword, ...rest] = header.split(/\s+/)
  if (!header || keyword?.toLowerCase() !== 'jwt') {
    return detail(401, 'Authentication credentials were not provided.')
  }
  if (rest.length === 0) return detail(401, 'Invalid token header. No credentials provided.')
  if (rest.length > 1) return detail(401, 'Invalid token header. Token string should not contain spaces.')
  // An expired demo key: whatever token the app sends, it is refused as expired.
  if (scenario === 'expired-key') return detail(401, 'Token has expired.')
  if (rest[0] !== DEMO_API_KEY) return detail(401, 'Invalid token.')
  if (scenario === 'server-errors') return detail(500, 'Unexpected error while handling your request.')
  return null
}
