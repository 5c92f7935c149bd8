// The renderer's count- and amount-dependent sentences: they must stay true whatever the numbers
// (a payer with two cards, a waiting payment smaller than what is owed, two payments credited at once).
import { describe, expect, it } from 'vitest'
import { inboxSummary, notSubsLabel, onceDetail, waitingEffect } from '../../src/renderer/src/lib/payment-words'
import { keepTogether } from '../../src/renderer/src/lib/keep-together'

describe('the inbox line', () => {
  it('says one card each only when every payer has one card', () => {
    expect(inboxSummary([{ payerKey: 'a' }])).toBeNull()
    expect(inboxSummary([{ payerKey: 'a' }, { payerKey: 'b' }, { payerKey: 'c' }])).toBe("3 payers, one card each: decide each payer's payments at once.")
  })

  it('counts cards and payers apart when a payer has two cards', () => {
    const text = inboxSummary([{ payerKey: 'gary' }, { payerKey: 'gary' }, { payerKey: 'kofi' }])
    expect(text).toBe("3 cards from 2 payers: a payer's payments share a card when they read the same way.")
    expect(text).not.toMatch(/one card each/)
  })
})

describe('Not subs for several payments', () => {
  it.each([
    [1, 'Not subs'],
    [2, 'Not subs (both)'],
    [3, 'Not subs (all 3)'],
  ])('%d → %s', (n, label) => expect(notSubsLabel(n)).toBe(label))
})

describe('what assigning a waiting payment would do', () => {
  it('brings the debt down when the payment is smaller than what is owed', () => {
    expect(waitingEffect('Zoë Adebayo', 1000, [500])).toBe("If it's Zoë's, assigning it brings what Zoë owes down to £5.00.")
  })

  it('clears it only when the payment covers it', () => {
    expect(waitingEffect('Zoë Adebayo', 1000, [1000])).toBe("If it's Zoë's, assigning it clears what Zoë owes.")
    expect(waitingEffect('Zoë Adebayo', 1000, [500, 500])).toBe("If they're Zoë's, assigning them clears what Zoë owes.")
    expect(waitingEffect('Zoë Adebayo', 1000, [1500])).toBe("If it's Zoë's, assigning it clears what Zoë owes, with £5.00 paid ahead.")
  })
})

describe('"just this once" follows the count', () => {
  const core = 'Credit this payment only and remember nothing.'
  it('keeps the core words for one payment and says how many otherwise', () => {
    expect(onceDetail(1, core)).toBe(core)
    expect(onceDetail(2, core)).toBe('Credit both payments and remember nothing.')
    expect(onceDetail(5, core)).toBe('Credit these 5 payments and remember nothing.')
  })
})

describe('pieces kept on one line', () => {
  const whole = (text: string) => keepTogether(text).filter((p) => p.whole).map((p) => p.text)

  it('marks references, sort codes, amounts and dates, and keeps every character', () => {
    const text = "Credited to Ollie Grant: the reference 'SUBS-OGRA' from 20-45-12 ····0000, £15.00 on Fri 20 Nov"
    expect(whole(text)).toEqual(["'SUBS-OGRA'", '20-45-12 ····0000', '£15.00', 'Fri 20 Nov'])
    expect(keepTogether(text).map((p) => p.text).join('')).toBe(text)
  })

  it('leaves a very long quotation free to wrap', () => {
    expect(whole(`the note '${'x'.repeat(60)}'`)).toEqual([])
  })
})
