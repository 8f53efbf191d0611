import { describeTopUp } from './summary'
import { allowedPacks } from './test-packs'

const euro = (text: string) => text.replace(/\u00a0/g, ' ')

describe('describeTopUp', () => {
  it('says what happens when the balance cannot cover a scan', () => {
    expect(
      euro(describeTopUp({ onInsufficient: true, onExpiration: false, packId: 'pack_500' }, allowedPacks)),
    ).toBe("When your balance can't cover a scan, we'll buy 500 credits for €450.00.")
  })

  it('says what happens when purchased credits expire', () => {
    expect(
      euro(describeTopUp({ onInsufficient: false, onExpiration: true, packId: 'pack_1000' }, allowedPacks)),
    ).toBe("When your purchased credits expire, we'll buy 1,000 credits for €800.00.")
  })

  it('names both moments when both switches are on', () => {
    expect(
      euro(describeTopUp({ onInsufficient: true, onExpiration: true, packId: 'pack_100' }, allowedPacks)),
    ).toBe(
      "When your balance can't cover a scan or when your purchased credits expire, we'll buy 100 credits for €100.00.",
    )
  })

  it('says when auto top-up is off', () => {
    expect(
      describeTopUp({ onInsufficient: false, onExpiration: false, packId: 'pack_500' }, allowedPacks),
    ).toBe("Auto top-up is off: we won't buy credits automatically.")
  })

  it('says a pack is still missing', () => {
    expect(describeTopUp({ onInsufficient: true, onExpiration: false, packId: '' }, allowedPacks)).toBe(
      "When your balance can't cover a scan, we'll buy the pack you choose below; none is chosen yet.",
    )
  })

  it('says it will not run on a cancelled subscription', () => {
    expect(
      describeTopUp({ onInsufficient: true, onExpiration: false, packId: 'pack_500' }, allowedPacks, {
        cancelled: true,
      }),
    ).toBe('Auto top-up will not run: your subscription is cancelled.')
  })
})
