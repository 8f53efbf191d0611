import { ValidationError } from '../../api/errors'
import { toFormErrors, toFormValues, toRequest, unavailablePack } from './mappers'
import { allowedPacks, pack1000, pack2000, pack500 } from './test-packs'

describe('toFormValues', () => {
  it('takes the switches and the saved pack', () => {
    expect(toFormValues({ onInsufficient: true, onExpiration: false, pack: pack500 }, allowedPacks)).toEqual({
      onInsufficient: true,
      onExpiration: false,
      packId: 'pack_500',
    })
  })

  it('has no pack when none is saved', () => {
    expect(toFormValues({ onInsufficient: false, onExpiration: true, pack: null }, allowedPacks)).toEqual({
      onInsufficient: false,
      onExpiration: true,
      packId: '',
    })
  })

  it('drops a saved pack the plan no longer allows, so a new one must be chosen', () => {
    const settings = { onInsufficient: true, onExpiration: true, pack: pack2000 }
    expect(toFormValues(settings, allowedPacks).packId).toBe('')
    expect(unavailablePack(settings, allowedPacks)).toBe(pack2000)
  })

  it('matches the saved pack by id, whatever copy of it the server sent', () => {
    const copy = { ...pack1000, name: undefined }
    expect(toFormValues({ onInsufficient: true, onExpiration: false, pack: copy }, allowedPacks).packId).toBe(
      'pack_1000',
    )
    expect(
      unavailablePack({ onInsufficient: true, onExpiration: false, pack: copy }, allowedPacks),
    ).toBeNull()
    expect(
      unavailablePack({ onInsufficient: false, onExpiration: false, pack: null }, allowedPacks),
    ).toBeNull()
  })
})

describe('toRequest', () => {
  it('sends the plan’s own copy of the chosen pack', () => {
    expect(
      toRequest({ onInsufficient: true, onExpiration: false, packId: 'pack_1000' }, allowedPacks),
    ).toEqual({
      onInsufficient: true,
      onExpiration: false,
      pack: pack1000,
    })
  })

  it('sends null when no pack is chosen', () => {
    expect(toRequest({ onInsufficient: false, onExpiration: false, packId: '' }, allowedPacks)).toEqual({
      onInsufficient: false,
      onExpiration: false,
      pack: null,
    })
  })

  it('refuses a pack the plan does not allow (the schema stops it first)', () => {
    expect(() =>
      toRequest({ onInsufficient: true, onExpiration: false, packId: 'pack_2000' }, allowedPacks),
    ).toThrow(/not allowed/)
  })

  it('round-trips with toFormValues', () => {
    const settings = { onInsufficient: true, onExpiration: true, pack: pack500 }
    expect(toRequest(toFormValues(settings, allowedPacks), allowedPacks)).toEqual(settings)
  })
})

describe('toFormErrors', () => {
  it('puts the pack’s errors, nested ones included, at the pack chooser', () => {
    const error = new ValidationError(
      {
        auto_top_up_credits_pack: ['Select a valid credits pack.'],
        'auto_top_up_credits_pack.price': ['Wrong price.'],
      },
      [],
    )
    expect(toFormErrors(error)).toEqual({
      fields: { packId: 'Select a valid credits pack. Wrong price.' },
      form: [],
    })
  })

  it('puts the switches’ errors at the switches and non_field_errors at the top', () => {
    const error = new ValidationError(
      {
        auto_top_up_on_insufficient: ['Must be a valid boolean.'],
        auto_top_up_on_expiration: ['This field is required.'],
      },
      ['A credits pack is required when auto top-up is enabled.'],
    )
    expect(toFormErrors(error)).toEqual({
      fields: { onInsufficient: 'Must be a valid boolean.', onExpiration: 'This field is required.' },
      form: ['A credits pack is required when auto top-up is enabled.'],
    })
  })

  it('shows errors about fields the form does not have at the top, named', () => {
    const error = new ValidationError({ currency_code: ['Not a valid choice.'] }, [])
    expect(toFormErrors(error)).toEqual({ fields: {}, form: ['currency_code: Not a valid choice.'] })
  })

  it('never leaves a 400 without a message', () => {
    expect(toFormErrors(new ValidationError({}, [])).form).toEqual(['The request was not valid.'])
  })
})
