import type { ValidationError } from '../../api/errors'
import type { CreditPack, TopUpSettings } from '../../api/types'
import type { TopUpFieldName, TopUpFormValues } from './schema'

/**
 * API ⇄ form. Pure, so the page's rules are tested without rendering anything. The saved pack counts only
 * when the plan still allows it: a pack the plan dropped must be chosen again, never silently kept.
 */
export function toFormValues(settings: TopUpSettings, allowedPacks: readonly CreditPack[]): TopUpFormValues {
  const pack = settings.pack && allowedPacks.find((allowed) => allowed.id === settings.pack?.id)
  return {
    onInsufficient: settings.onInsufficient,
    onExpiration: settings.onExpiration,
    packId: pack ? pack.id : '',
  }
}

/** The saved pack when the plan no longer sells it: shown as "no longer available". */
export function unavailablePack(
  settings: TopUpSettings,
  allowedPacks: readonly CreditPack[],
): CreditPack | null {
  const { pack } = settings
  if (!pack) return null
  return allowedPacks.some((allowed) => allowed.id === pack.id) ? null : pack
}

/** The body to save: the plan's own copy of the chosen pack, or null when none is chosen. */
export function toRequest(values: TopUpFormValues, allowedPacks: readonly CreditPack[]): TopUpSettings {
  const pack = allowedPacks.find((allowed) => allowed.id === values.packId) ?? null
  if (values.packId !== '' && !pack) throw new Error(`Pack ${values.packId} is not allowed by the plan.`)
  return { onInsufficient: values.onInsufficient, onExpiration: values.onExpiration, pack }
}

/** The API's field names (nested ones arrive flattened to dotted paths) → the form's fields. */
function fieldFor(apiField: string): TopUpFieldName | null {
  if (apiField === 'auto_top_up_credits_pack' || apiField.startsWith('auto_top_up_credits_pack.')) {
    return 'packId'
  }
  if (apiField === 'auto_top_up_on_insufficient') return 'onInsufficient'
  if (apiField === 'auto_top_up_on_expiration') return 'onExpiration'
  return null
}

export type FormErrors = {
  fields: Partial<Record<TopUpFieldName, string>>
  /** For the top of the form: non_field_errors, and errors about fields the form does not show. */
  form: string[]
}

/** A 400 answer, split into messages at their fields and messages for the whole form. */
export function toFormErrors(error: ValidationError): FormErrors {
  const result: FormErrors = { fields: {}, form: [...error.nonFieldErrors] }
  for (const [apiField, messages] of Object.entries(error.fieldErrors)) {
    const field = fieldFor(apiField)
    const text = messages.join(' ')
    if (!field) result.form.push(`${apiField}: ${text}`)
    else result.fields[field] = [result.fields[field], text].filter(Boolean).join(' ')
  }
  if (result.form.length === 0 && Object.keys(result.fields).length === 0) result.form.push(error.message)
  return result
}
