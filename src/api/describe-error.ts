import { ApiError, InvalidResponseError, RateLimitedError, ValidationError, isTransient } from './errors'

export type ErrorDescription = {
  title: string
  message: string
  /** Specifics worth showing: the unexpected payload fields, the server's field errors. */
  details: string[]
  retryable: boolean
}

const titles: Record<ApiError['kind'], string> = {
  validation: 'The server did not accept the request',
  unauthorized: 'Your API key was not accepted',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  rate_limited: 'Too many requests',
  client: 'The server refused the request',
  server: 'The server had a problem',
  network: 'Could not reach the API',
  timeout: 'The API took too long to answer',
  invalid_response: 'Unexpected answer from the server',
}

/** What a person reads when something fails: specific, with what can be done next. */
export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof ApiError)) {
    const message = error instanceof Error ? error.message : String(error)
    return { title: 'Something went wrong', message, details: [], retryable: true }
  }
  const description: ErrorDescription = {
    title: titles[error.kind],
    message: error.message,
    details: [],
    retryable: isTransient(error) || error.kind === 'invalid_response',
  }
  if (error instanceof InvalidResponseError) {
    description.details = error.fields.map(({ path, message }) => `${path || '(body)'}: ${message}`)
  } else if (error instanceof ValidationError) {
    description.details = Object.entries(error.fieldErrors).map(
      ([field, messages]) => `${field}: ${messages.join(' ')}`,
    )
  } else if (error instanceof RateLimitedError && error.retryAfterSeconds !== null) {
    description.message = `${error.message} Try again in ${error.retryAfterSeconds} ${error.retryAfterSeconds === 1 ? 'second' : 'seconds'}.`
  } else if (error.kind === 'server' && error.status) {
    description.message = `${error.message} (HTTP ${error.status})`
  }
  return description
}
