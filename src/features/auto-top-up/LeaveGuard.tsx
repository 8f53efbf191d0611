import { useBlocker } from '@tanstack/react-router'
import { useCallback, useEffect, useId, useRef } from 'react'
import { getConnection } from '../../api/connection'

type LeaveGuardProps = {
  /** There are unsaved changes. */
  when: boolean
  /** The user chose to leave: the changes are given up. */
  onLeave: () => void
}

/**
 * Asks before leaving with unsaved changes: in-app navigation through the router's blocker, reloads and
 * closing the tab through `beforeunload`. A session that ended (401) is let through: its draft is kept
 * and comes back after reconnecting.
 */
export function LeaveGuard({ when, onLeave }: LeaveGuardProps) {
  const shouldBlockFn = useCallback(() => when && getConnection() !== null, [when])
  const blocker = useBlocker({ shouldBlockFn, enableBeforeUnload: when, withResolver: true })
  if (blocker.status !== 'blocked') return null
  return (
    <LeaveDialog
      onStay={blocker.reset}
      onLeave={() => {
        onLeave()
        blocker.proceed()
      }}
    />
  )
}

function LeaveDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const stayRef = useRef<HTMLButtonElement>(null)
  const id = useId()
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    // jsdom has no showModal; a browser always does.
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
    stayRef.current?.focus()
    return () => {
      if (typeof dialog.close === 'function') dialog.close()
    }
  }, [])
  return (
    <dialog
      ref={dialogRef}
      className="top-up-leave"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault()
        onStay()
      }}
    >
      <h2 id={`${id}-title`}>Leave without saving?</h2>
      <p id={`${id}-text`}>Your changes to auto top-up have not been saved. If you leave, they are lost.</p>
      <div className="top-up-leave__actions">
        <button ref={stayRef} type="button" className="button button--primary" onClick={onStay}>
          Stay on this page
        </button>
        <button type="button" className="button" onClick={onLeave}>
          Leave without saving
        </button>
      </div>
    </dialog>
  )
}
