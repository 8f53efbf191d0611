import '../test/dialog-polyfill'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Dialog } from './Dialog'

function Harness({
  dismissible = true,
  onClose = () => {},
}: {
  dismissible?: boolean
  onClose?: () => void
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog
        open={open}
        dismissible={dismissible}
        title="Buy 500 credits?"
        onClose={() => {
          setOpen(false)
          onClose()
        }}
      >
        <p>Body text</p>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </Dialog>
    </>
  )
}

describe('Dialog', () => {
  it('opens as a modal named by its heading, with the heading focused', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = screen.getByRole('dialog', { name: 'Buy 500 credits?' })
    expect(dialog).toHaveAttribute('open')
    expect(screen.getByRole('heading', { name: 'Buy 500 credits?' })).toHaveFocus()
  })

  it('closes on Escape, tells the parent, and gives focus back to the opener', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(<Harness onClose={onClose} />)
    const opener = screen.getByRole('button', { name: 'Open' })
    await user.click(opener)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(opener).toHaveFocus()
  })

  it('closes when the parent says so, and focus returns to the opener', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus()
  })

  it('ignores Escape while it may not be dismissed', async () => {
    const user = userEvent.setup()
    render(<Harness dismissible={false} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Buy 500 credits?' })).toBeInTheDocument()
  })

  it('returns focus to the element it was told to, when given one', async () => {
    const user = userEvent.setup()
    function Explicit() {
      const [opener, setOpener] = useState<HTMLElement | null>(null)
      return (
        <>
          <button type="button" onClick={(event) => setOpener(event.currentTarget)}>
            Open
          </button>
          <Dialog
            open={opener !== null}
            returnFocusTo={opener}
            title="Details"
            onClose={() => setOpener(null)}
          >
            <p>Body</p>
          </Dialog>
        </>
      )
    }
    render(<Explicit />)
    const opener = screen.getByRole('button', { name: 'Open' })
    await user.click(opener)
    opener.blur()
    expect(screen.getByRole('heading', { name: 'Details' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(opener).toHaveFocus()
  })
})
