import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, useMemo, useRef } from 'react'
import { useForm } from 'react-hook-form'
import { isApiError, ValidationError } from '../../api/errors'
import type { CreditPack, TopUpSettings } from '../../api/types'
import { clearDraft } from './draft'
import { LeaveGuard } from './LeaveGuard'
import { toFormValues, unavailablePack } from './mappers'
import { PackChooser } from './PackChooser'
import { SaveFeedback } from './SaveFeedback'
import { createTopUpSchema, type TopUpFormValues } from './schema'
import { SwitchField } from './SwitchField'
import { TopUpSummary } from './TopUpSummary'
import { useDraft } from './useDraft'
import { useSaveSettings } from './useSaveSettings'

type TopUpFormProps = { settings: TopUpSettings; packs: readonly CreditPack[]; cancelled: boolean }

/** Edits the saved settings it is given; holds only the user's edits, never a copy of server state. */
export function TopUpForm({ settings, packs, cancelled }: TopUpFormProps) {
  const saved = useMemo(() => toFormValues(settings, packs), [settings, packs])
  const schema = useMemo(() => createTopUpSchema(packs), [packs])
  const form = useForm<TopUpFormValues>({
    defaultValues: saved,
    resolver: zodResolver(schema),
    mode: 'onChange',
  })
  const { register, control, formState } = form
  const { errors, isDirty, isValid } = formState
  const restored = useDraft(form, saved, !cancelled)
  const { save, submit, discard, feedbackRef } = useSaveSettings(form, packs, saved)
  const stateId = useId()

  // Saved settings can be invalid (a pack the plan dropped): say what needs fixing from the start.
  useEffect(() => {
    void form.trigger()
  }, [form])

  // Settings changed on the server (a refetch): follow them unless the user is editing.
  const shownSaved = useRef(saved)
  useEffect(() => {
    if (shownSaved.current === saved) return
    shownSaved.current = saved
    if (!form.formState.isDirty) form.reset(saved)
  }, [form, saved])

  // Leaving gives the changes up: the form is clean at once, so no later navigation asks again while
  // the next page loads, and the draft is forgotten.
  const leave = () => {
    form.reset(saved)
    clearDraft()
  }

  // A 400 shows at the fields; a 401 is the connection screen's to explain.
  const requestError =
    save.error instanceof ValidationError || (isApiError(save.error) && save.error.kind === 'unauthorized')
      ? null
      : save.error
  const formErrors = errors.root?.server?.message?.split('\n') ?? []
  const canSave = isDirty && isValid && !save.isPending && !cancelled
  const state = cancelled
    ? 'Auto top-up cannot be changed on a cancelled subscription.'
    : save.isPending
      ? 'Saving your changes…'
      : !isDirty
        ? 'No unsaved changes.'
        : !isValid
          ? 'Fix the problem shown above to save.'
          : 'You have unsaved changes.'

  return (
    <form
      className="top-up"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Auto top-up settings"
    >
      {cancelled && (
        <p className="notice notice--warning">
          <strong>Your subscription is cancelled,</strong> so auto top-up will not run and credits cannot be
          bought. Reactivate the subscription to change these settings.
        </p>
      )}
      <TopUpSummary control={control} packs={packs} cancelled={cancelled} dirty={isDirty} />
      {restored && isDirty && (
        <p role="status" className="notice top-up__restored">
          Restored your unsaved changes. Save them, or discard them to go back to your saved settings.
        </p>
      )}
      <SaveFeedback
        ref={feedbackRef}
        saved={save.isSuccess && !isDirty}
        formErrors={formErrors}
        requestError={requestError}
        onRetry={() => void submit()}
      />
      <fieldset className="top-up__group" disabled={cancelled}>
        <legend>When to buy credits</legend>
        <SwitchField
          label="Buy credits when my balance can't cover a scan"
          hint="Checked before each scan starts, so scans are not held up for lack of credits."
          error={errors.onInsufficient?.message}
          {...register('onInsufficient', { deps: ['packId'] })}
        />
        <SwitchField
          label="Buy credits when my purchased credits expire"
          hint="Purchased credits expire 12 months after your last purchase."
          error={errors.onExpiration?.message}
          {...register('onExpiration', { deps: ['packId'] })}
        />
      </fieldset>
      <PackChooser
        packs={packs}
        field={register('packId')}
        error={errors.packId?.message}
        unavailable={unavailablePack(settings, packs)}
        disabled={cancelled}
      />
      <div className="top-up__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!canSave}
          aria-describedby={stateId}
        >
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" disabled={!isDirty || save.isPending} onClick={discard}>
          Discard changes
        </button>
        <p id={stateId} className="muted">
          {state}
        </p>
      </div>
      <LeaveGuard when={isDirty && !cancelled} onLeave={leave} />
    </form>
  )
}
