import { setupServer } from 'msw/node'
import { convisoHandlers } from './conviso/handlers'
import { neoHandlers } from './neo/handlers'
import { probelyHandlers } from './probely/handlers'

/** The same demo backend for Vitest: the tests talk to the handlers the demo runs. */
export const server = setupServer(...probelyHandlers, ...neoHandlers, ...convisoHandlers)
