import { describeError } from '../api/describe-error'

type ErrorPanelProps = {
  error: unknown
  /** Shown when the failure may pass on a second try. */
  onRetry?: () => void
  /** What failed to load, for the heading: "the subscription". */
  what?: string
}

/** A specific message, what the server said or which field was unexpected, and Retry when it can help. */
export function ErrorPanel({ error, onRetry, what }: ErrorPanelProps) {
  const { title, message, details, retryable } = describeError(error)
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">
        {what ? `Could not load ${what}: ${title.toLowerCase()}` : title}
      </h2>
      <p>{message}</p>
      {details.length > 0 && (
        <ul className="error-panel__details">
          {details.map((detail) => (
            <li key={detail}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      {onRetry && retryable && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}
