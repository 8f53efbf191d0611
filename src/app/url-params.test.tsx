import { cleanup, screen } from '@testing-library/react'
import fc from 'fast-check'
import { renderApp } from '../test/render'

/** Whatever the query string says, every route renders its page: bad values fall back to defaults. */
const routes = [
  ['/', /Pro plan/],
  ['/usage', 'Credits usage'],
  ['/settings/top-up', 'Auto top-up'],
] as const

const keys = fc.constantFrom(
  'from',
  'to',
  'range',
  'tz',
  'operation',
  'target',
  'label',
  'scope',
  'q',
  'ordering',
  'page',
  'length',
  'redirect',
  'x',
)
const queryString = fc
  .array(
    fc.tuple(
      keys,
      fc.oneof(
        fc.string(),
        fc.integer().map(String),
        fc.constantFrom('', '-1', '1e9', '2026-02-30', 'utc', 'all'),
      ),
    ),
    {
      maxLength: 6,
    },
  )
  .map((pairs) => new URLSearchParams(pairs).toString())

describe('arbitrary URL parameters', () => {
  for (const [path, heading] of routes) {
    it(`never break ${path}`, async () => {
      await fc.assert(
        fc.asyncProperty(queryString, async (query) => {
          renderApp(`${path}?${query}`)
          expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
          expect(screen.queryByText('Something went wrong')).toBeNull()
          cleanup()
        }),
        { numRuns: 8 },
      )
    }, 60_000)
  }
})
