import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { ValidationError, isApiError } from '../../api/errors'
import { topUpMutations } from '../../api/top-up'
import type { CreditPack } from '../../api/types'
import { toFormErrors, toFormValues, toRequest } from './mappers'
import { focusOutcome } from './SaveFeedback'
import { topUpFieldNames, type TopUpFormValues } from './schema'

/**
 * Saving and discarding: the request, where its outcome is shown (field errors at their fields, the rest
 * at the top of the form) and where focus goes next, so nobody has to hunt for what happened.
 */
export function useSaveSettings(
  form: UseFormReturn<TopUpFormValues>,
  packs: readonly CreditPack[],
  saved: TopUpFormValues,
) {
  const save = useMutation(topUpMutations.saveSettings())
  const feedbackRef = useRef<HTMLDivElement>(null)
  const [focusFeedback, setFocusFeedback] = useState(0)
  const [focusFirstField, setFocusFirstField] = useState(0)

  useEffect(() => {
    if (focusFeedback > 0) focusOutcome(feedbackRef.current)
  }, [focusFeedback])

  // After the render that follows a reset: reset() drops the field refs until the fields re-register.
  useEffect(() => {
    if (focusFirstField > 0) form.setFocus('onInsufficient')
  }, [form, focusFirstField])

  const showServerErrors = (error: ValidationError) => {
    const { fields, form: messages } = toFormErrors(error)
    if (messages.length > 0) form.setError('root.server', { type: 'server', message: messages.join('\n') })
    const first = topUpFieldNames.find((name) => fields[name])
    for (const name of topUpFieldNames) {
      const message = fields[name]
      // The first error takes focus: the top of the form when there is one there, else the first field.
      const shouldFocus = messages.length === 0 && name === first
      if (message) form.setError(name, { type: 'server', message }, { shouldFocus })
    }
    if (messages.length > 0) setFocusFeedback((count) => count + 1)
  }

  const submit = form.handleSubmit((values) => {
    if (save.isPending) return
    save.mutate(toRequest(values, packs), {
      onSuccess: (result) => {
        form.reset(toFormValues(result, packs))
        setFocusFeedback((count) => count + 1)
      },
      onError: (error) => {
        if (error instanceof ValidationError) showServerErrors(error)
        // A 401 goes to the connection screen; the draft waits in sessionStorage.
        else if (!isApiError(error) || error.kind !== 'unauthorized') setFocusFeedback((count) => count + 1)
      },
    })
  })

  const discard = () => {
    form.reset(saved)
    save.reset()
    setFocusFirstField((count) => count + 1)
  }

  return { save, submit, discard, feedbackRef }
}
