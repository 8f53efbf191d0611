import { config } from 'zod/mini'

/**
 * Zod compiles object parsers with `new Function` when it can. The app's Content-Security-Policy forbids
 * eval, and even zod's probe for it is reported as a violation, so parsing stays interpreted (fast enough
 * for pages of 100 rows). Imported first by main.tsx: it must run before any schema is built.
 */
config({ jitless: true })
