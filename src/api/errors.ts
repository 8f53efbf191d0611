/**
 * Typed API errors. Every failure a page can meet is one of these, told apart by `kind`, so a page can say
 * exactly what went wrong and decide whether Retry makes sense.
 */
export type ApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'client'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid_response'

export class ApiError extends Error {
  override readonly name: string = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message)
  }
}

/** 400: `{"field": ["msg"], "non_field_errors": ["msg"]}`; nested objects flattened to dotted paths. */
export class ValidationError extends ApiError {
  override readonly name = 'ValidationError'
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    readonly nonFieldErrors: string[],
  ) {
    super(
      'validation',
      [...nonFieldErrors, ...Object.values(fieldErrors).flat()].join(' ') || 'The request was not valid.',
      400,
    )
  }
}

export class RateLimitedError extends ApiError {
  override readonly name = 'RateLimitedError'
  constructor(
    message: string,
    /** From `Retry-After`, when the API exposes it cross-origin. */
    readonly retryAfterSeconds: number | null,
  ) {
    super('rate_limited', message, 429)
  }
}

export type InvalidField = { path: string; message: string }

/** The payload did not match the schema; `fields` names what was unexpected. */
export class InvalidResponseError extends ApiError {
  override readonly name = 'InvalidResponseError'
  constructor(
    readonly endpoint: string,
    readonly fields: InvalidField[],
  ) {
    const first = fields[0]
    super(
      'invalid_response',
      `The server's answer to ${endpoint} was not what the dashboard expects${first ? `: ${first.path || 'the body'} ${first.message}` : ''}.`,
    )
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * The server accepted the request (2xx) but its answer could not be read: a save or purchase may well
 * have happened, so the user must not be told that it did not.
 */
export function isUnreadableSuccess(error: unknown): boolean {
  return isApiError(error) && error.kind === 'invalid_response'
}

/** Worth retrying automatically (queries only; mutations never retry). */
export function isTransient(error: unknown): boolean {
  return isApiError(error) && ['server', 'network', 'timeout', 'rate_limited'].includes(error.kind)
}
