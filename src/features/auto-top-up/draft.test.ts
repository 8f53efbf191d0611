import { clearDraft, DRAFT_KEY, readDraft, sameValues, writeDraft } from './draft'

const values = { onInsufficient: true, onExpiration: false, packId: 'pack_1000' }

describe('the top-up draft', () => {
  it('is kept in sessionStorage for the API it was made for', () => {
    writeDraft('/demo-api', values)
    expect(sessionStorage.getItem(DRAFT_KEY)).toContain('pack_1000')
    expect(localStorage.length).toBe(0)
    expect(readDraft('/demo-api')).toEqual(values)
    expect(readDraft('https://api.example.com')).toBeNull()
    expect(readDraft(undefined)).toBeNull()
  })

  it('is forgotten when cleared', () => {
    writeDraft('/demo-api', values)
    clearDraft()
    expect(readDraft('/demo-api')).toBeNull()
  })

  it('ignores anything unreadable', () => {
    sessionStorage.setItem(DRAFT_KEY, '{not json')
    expect(readDraft('/demo-api')).toBeNull()
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ apiUrl: '/demo-api', values: { packId: 3 } }))
    expect(readDraft('/demo-api')).toBeNull()
  })

  it('compares form values field by field', () => {
    expect(sameValues(values, { ...values })).toBe(true)
    expect(sameValues(values, { ...values, packId: '' })).toBe(false)
    expect(sameValues(values, { ...values, onExpiration: true })).toBe(false)
  })
})
