import { http, HttpResponse } from 'msw'
import { server } from '../../mocks/node'

export const SETTINGS_PATH = '*/account/credits/top-up/settings/'

/** Records every PUT body and lets the demo backend answer it. */
export function recordSaves(): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.put(SETTINGS_PATH, async ({ request }) => {
      bodies.push(await request.clone().json())
      // Nothing returned: the demo backend's handler answers.
    }),
  )
  return bodies
}

/** The next save gets this answer; later ones reach the demo backend again. */
export function answerNextSave(status: number, body: Record<string, unknown>): void {
  server.use(http.put(SETTINGS_PATH, () => HttpResponse.json(body, { status }), { once: true }))
}

export function failNextSaveOnTheNetwork(): void {
  server.use(http.put(SETTINGS_PATH, () => HttpResponse.error(), { once: true }))
}
