import { useId } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import type { CreditPack } from '../../api/types'
import { packDeal, packTitle, packUnitPrice } from '../../lib/credit-pack'
import { formatCredits, formatMoney } from '../../lib/format'

type PackChooserProps = {
  packs: readonly CreditPack[]
  field: UseFormRegisterReturn<'packId'>
  error: string | undefined
  /** The saved pack, when the plan no longer sells it. */
  unavailable: CreditPack | null
  disabled: boolean
}

/** Radio cards, one per pack the plan allows, and "No pack" (only valid while auto top-up is off). */
export function PackChooser({ packs, field, error, unavailable, disabled }: PackChooserProps) {
  const id = useId()
  const ids = { hint: `${id}-hint`, unavailable: `${id}-unavailable`, error: `${id}-error` }
  const describedBy = [error && ids.error, unavailable && ids.unavailable, ids.hint].filter(Boolean).join(' ')
  return (
    <fieldset className="top-up__group" aria-describedby={describedBy} disabled={disabled}>
      <legend>Pack to buy</legend>
      <p id={ids.hint} className="field__hint">
        Bought each time auto top-up runs, and charged to your payment method.
      </p>
      {unavailable && (
        <p id={ids.unavailable} className="notice notice--warning">
          <strong>No longer available:</strong> your saved pack, {packTitle(unavailable)}, is not offered on
          your plan any more. Choose a new pack.
        </p>
      )}
      {error && (
        <p id={ids.error} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="top-up-packs">
        {packs.map((pack) => (
          <label key={pack.id} className="top-up-pack">
            <input
              type="radio"
              value={pack.id}
              {...field}
              aria-labelledby={`${id}-${pack.id}-title`}
              aria-describedby={`${id}-${pack.id}-details`}
            />
            <span id={`${id}-${pack.id}-title`} className="top-up-pack__title">
              <span>{formatCredits(pack.credits)}</span>
              <span className="top-up-pack__price">{formatMoney(pack.price)}</span>
            </span>
            <span id={`${id}-${pack.id}-details`} className="top-up-pack__details">
              <span className={packDeal(pack) ? 'top-up-pack__deal' : 'muted'}>
                {packDeal(pack) ?? 'No discount'}
              </span>
              <span className="muted">{packUnitPrice(pack)}</span>
            </span>
          </label>
        ))}
      </div>
      {packs.length === 0 && <p className="muted">Your plan offers no credit packs.</p>}
      <label className="top-up-none">
        <input type="radio" value="" {...field} />
        No pack <span className="muted">(only while both switches are off)</span>
      </label>
    </fieldset>
  )
}
