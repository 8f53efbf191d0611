import type { Ref } from 'react'
import { describeError } from '../../api/describe-error'
import { isUnreadableSuccess } from '../../api/errors'

type SaveFeedbackProps = {
  ref: Ref<HTMLDivElement>
  saved: boolean
  /** non_field_errors and errors about fields the form does not show. */
  formErrors: string[]
  /** A failure that is not about the values (5xx, network, timeout, …). */
  requestError: unknown
  onRetry: () => void
}

/**
 * The top of the form: what happened to the last save. After a save, focus moves to the outcome
 * (`focusOutcome`) so a keyboard or screen reader user hears it; the status region is always present so
 * that it is announced.
 */
export function SaveFeedback({ ref, saved, formErrors, requestError, onRetry }: SaveFeedbackProps) {
  const failure = requestError ? describeError(requestError) : null
  const uncertain = isUnreadableSuccess(requestError)
  return (
    <div ref={ref} className="top-up__feedback">
      {formErrors.length > 0 && (
        <div role="alert" tabIndex={-1} className="notice notice--danger">
          <strong>Your changes were not saved.</strong>
          <ul className="top-up__messages">
            {formErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <div role="alert" tabIndex={-1} className="error-panel">
          <h2 className="error-panel__title">
            {uncertain ? 'Could not confirm that your changes were saved' : 'Your changes were not saved'}:{' '}
            {failure.title.toLowerCase()}
          </h2>
          <p>{failure.message} Everything you entered is still here.</p>
          {failure.retryable && (
            <button type="button" className="button" onClick={onRetry}>
              Retry
            </button>
          )}
        </div>
      )}
      <p role="status" tabIndex={-1} className={saved ? 'notice top-up__saved' : 'visually-hidden'}>
        {saved ? 'Your auto top-up settings are saved.' : ''}
      </p>
    </div>
  )
}

/** Moves focus to the first message the feedback shows: an error first, else the success message. */
export function focusOutcome(feedback: HTMLElement | null): void {
  const target =
    feedback?.querySelector<HTMLElement>('[role="alert"]') ??
    feedback?.querySelector<HTMLElement>('[role="status"]:not(:empty)')
  target?.focus()
}
