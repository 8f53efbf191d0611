/**
 * jsdom has <dialog> but not showModal() or close(). This stands in for the platform in tests: open and
 * close toggle the attribute and fire `close`; Escape fires a cancelable `cancel`, then closes. It does
 * not trap focus (the browser does; the e2e tests check that).
 */
function onKeyDown(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Escape') return
  const cancel = new Event('cancel', { cancelable: true })
  if (this.dispatchEvent(cancel)) this.close()
}

if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) return
    this.open = true
    this.addEventListener('keydown', onKeyDown)
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return
    if (returnValue !== undefined) this.returnValue = returnValue
    this.open = false
    this.removeEventListener('keydown', onKeyDown)
    this.dispatchEvent(new Event('close'))
  }
}

export {}
