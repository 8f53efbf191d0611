import { useEffect, useId, useRef, type ReactNode } from 'react'
import './Dialog.css'

type DialogProps = {
  open: boolean
  /** Called once the dialog has closed, however it closed (Escape, a button, the parent). */
  onClose: () => void
  /** The heading that names the dialog. */
  title: ReactNode
  children: ReactNode
  /** False while something must finish first (a payment in flight): Escape is ignored. */
  dismissible?: boolean
  /** Where focus goes back to; by default whatever had focus when it opened (Safari does not focus a clicked button). */
  returnFocusTo?: HTMLElement | null
  className?: string
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert and keeps
 * focus inside, Escape closes it, and focus goes back to what opened it. The heading names it and takes
 * focus first, so a screen reader announces what the dialog is about before any button in it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  dismissible = true,
  returnFocusTo,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const openerRef = useRef<Element | null>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      openerRef.current = returnFocusTo ?? document.activeElement
      dialog.showModal()
      headingRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open, returnFocusTo])

  const handleClose = () => {
    const opener = openerRef.current
    openerRef.current = null
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    onClose()
  }

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        if (!dismissible) event.preventDefault()
      }}
      onClose={handleClose}
    >
      {open && (
        <>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="dialog__title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  )
}
