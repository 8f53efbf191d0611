import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useId, useState, type FormEvent } from 'react'
import { backends, presetBackend } from '../api/backends'
import { backendFor, getConnection, validateApiUrl, type Connection } from '../api/connection'
import { describeError } from '../api/describe-error'
import type { BackendId } from '../api/types'
import { BackendField, CompanyField } from './ConnectFields'
import { connect, safeRedirect, takeRejection } from './session'

const DEMO = import.meta.env.MODE === 'demo'
const presetApiUrl = import.meta.env.VITE_API_URL ?? ''

/**
 * Checks the key with the backend's cheapest request before going on (Probely `GET /account/`, Neo its
 * subscription, Conviso the credit balances), so a wrong key fails here and not on every page.
 */
export function ConnectPage() {
  const { redirect } = useSearch({ from: '/connect' })
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [rejection] = useState(takeRejection)
  const previous = rejection ?? getConnection()
  const [backend, setBackend] = useState<BackendId>(previous?.backend ?? presetBackend)
  const [apiUrl, setApiUrl] = useState(() => previous?.apiUrl || presetApiUrl)
  const [apiKey, setApiKey] = useState('')
  const [companyId, setCompanyId] = useState(previous?.companyId ?? '')
  const [urlError, setUrlError] = useState<string | null>(null)
  const [companyError, setCompanyError] = useState<string | null>(null)
  const ids = { url: useId(), urlHint: useId(), urlError: useId(), key: useId(), keyHint: useId() }
  const info = backends[backend]

  const goBack = () => navigate({ href: safeRedirect(redirect), replace: true })
  const check = useMutation({
    mutationFn: async (connection: Connection) => {
      await backendFor(connection).checkKey()
      return connection
    },
    onSuccess: async (connection) => {
      connect(connection, queryClient)
      await goBack()
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = validateApiUrl(apiUrl)
    const companyProblem =
      info.needsCompanyId && !companyId.trim() ? `Enter the ${info.name} company ID.` : null
    setUrlError(problem)
    setCompanyError(companyProblem)
    if (problem || companyProblem || !apiKey.trim()) return
    check.mutate({
      apiUrl: apiUrl.trim(),
      apiKey: apiKey.trim(),
      demo: false,
      backend,
      ...(info.needsCompanyId ? { companyId: companyId.trim() } : {}),
    })
  }

  const exploreDemo = async () => {
    if (!DEMO) return
    const { enterDemo } = await import('./demo')
    enterDemo(backend)
    queryClient.clear()
    await goBack()
  }

  const failure = check.error ? describeError(check.error) : null
  return (
    <main id="main" className="connect">
      <div className="connect__card">
        <h1>Connect to your billing API</h1>
        {rejection && !check.isPending && !failure && (
          <p className="notice notice--warning" role="alert">
            Your session ended: {rejection.message} Enter your API key again to carry on where you were.
          </p>
        )}
        {failure && (
          <div className="notice notice--danger" role="alert">
            <strong>{failure.title}.</strong> {failure.message}
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <BackendField value={backend} onChange={setBackend} />
          <div className="field">
            <label htmlFor={ids.url}>API URL</label>
            <input
              id={ids.url}
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              value={apiUrl}
              onChange={(event) => setApiUrl(event.target.value)}
              aria-invalid={urlError ? true : undefined}
              aria-describedby={urlError ? `${ids.urlError} ${ids.urlHint}` : ids.urlHint}
              placeholder={info.exampleUrl}
            />
            <p id={ids.urlHint} className="field__hint">
              The API's address, or a path on this site (such as /api) behind a reverse proxy.
            </p>
            {urlError && (
              <p id={ids.urlError} className="field__error">
                {urlError}
              </p>
            )}
          </div>
          {info.needsCompanyId && (
            <CompanyField value={companyId} error={companyError} onChange={setCompanyId} />
          )}
          <div className="field">
            <label htmlFor={ids.key}>API key</label>
            <input
              id={ids.key}
              type="password"
              autoComplete="off"
              spellCheck={false}
              required
              value={apiKey}
              onChange={(event) => setApiKey(event.target.value)}
              aria-describedby={ids.keyHint}
            />
            <p id={ids.keyHint} className="field__hint">
              Sent as <code>{info.authHeader}</code>. Stays in this tab only; never stored on disk.
            </p>
          </div>
          <div className="connect__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={check.isPending || !apiKey.trim()}
            >
              {check.isPending ? 'Connecting…' : 'Connect'}
            </button>
            {DEMO && (
              <>
                <span className="connect__or">or</span>
                <button type="button" className="button" onClick={() => void exploreDemo()}>
                  Explore the demo
                </button>
              </>
            )}
          </div>
        </form>
        {DEMO && (
          <p className="field__hint">
            The demo API answers at <code>/demo-api</code> with the key <code>demo-key</code>
            {info.needsCompanyId && (
              <>
                {' '}
                and the company ID <code>1042</code>
              </>
            )}
            .
          </p>
        )}
      </div>
    </main>
  )
}
