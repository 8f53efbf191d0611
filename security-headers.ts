/**
 * The HTTP headers the built app must be served with. `vite preview` sends them; the README gives the same
 * list for a static host or reverse proxy. Scripts come only from this origin (the build has no inline
 * script), and the browser may talk only to this origin and the configured API.
 */
export function securityHeaders({
  apiUrl,
  demo,
}: {
  apiUrl?: string
  demo: boolean
}): Record<string, string> {
  let apiOrigin = ''
  try {
    if (apiUrl && /^https?:\/\//.test(apiUrl)) apiOrigin = ` ${new URL(apiUrl).origin}`
  } catch {
    // A malformed VITE_API_URL adds no origin: the connection screen will refuse it anyway.
  }
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin}`,
    // The demo's mock API runs in a service worker from this origin.
    `worker-src ${demo ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
}
