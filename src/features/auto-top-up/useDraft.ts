import { useEffect, useState } from 'react'
import { useFormState, useWatch, type UseFormReturn } from 'react-hook-form'
import { getConnection } from '../../api/connection'
import { clearDraft, readDraft, sameValues, writeDraft } from './draft'
import { topUpFieldNames, type TopUpFormValues } from './schema'

/**
 * Keeps the unsaved form in sessionStorage while it is dirty, and puts a draft found on mount back into
 * the form when it differs from the saved settings. Returns whether a draft was restored.
 */
export function useDraft(
  form: UseFormReturn<TopUpFormValues>,
  saved: TopUpFormValues,
  enabled: boolean,
): boolean {
  // Read once, before the effect below can clear it: the form mounts clean.
  const [draft] = useState(() => (enabled ? readDraft(getConnection()?.apiUrl) : null))
  const restore = draft && !sameValues(draft, saved) ? draft : null

  useEffect(() => {
    if (!restore) return
    for (const name of topUpFieldNames) form.setValue(name, restore[name], { shouldDirty: true })
    void form.trigger()
  }, [form, restore])

  const values = useWatch({ control: form.control }) as TopUpFormValues
  const { isDirty } = useFormState({ control: form.control })
  useEffect(() => {
    if (!enabled) return
    if (isDirty) writeDraft(getConnection()?.apiUrl, values)
    else clearDraft()
  }, [enabled, isDirty, values])

  return restore !== null
}
