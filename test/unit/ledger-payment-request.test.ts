import { describe, expect, it } from 'vitest'
import { monzoMeLink, parseMonzoMeUsername, paymentRequest } from '../../src/main/core/ledger/payment-request'

const sam = { name: 'Sam Whitley', reference: 'SUBS-SAMW' }
const unpaid = [{ kickoffAt: '2026-10-07T18:00:00Z' }, { kickoffAt: '2026-10-14T18:00:00Z' }]
const en = { locale: 'en-GB', timeZone: 'Europe/London', now: new Date('2026-10-20T12:00:00Z') }

describe('paymentRequest', () => {
  it('writes the message and the monzo.me link', () => {
    expect(paymentRequest(sam, 1000, unpaid, 'orgname', en)).toEqual({
      message: 'Hi Sam, you owe £10.00 for football (Wed 7 Oct, Wed 14 Oct). Please pay by bank transfer with reference SUBS-SAMW.',
      link: 'https://monzo.me/orgname/10.00?d=SUBS-SAMW',
    })
  })

  it('has no link without a username, and nothing when nothing is owed', () => {
    expect(paymentRequest(sam, 500, unpaid.slice(0, 1))?.link).toBeNull()
    expect(paymentRequest(sam, 0, [], 'orgname')).toBeNull()
    expect(paymentRequest(sam, -500, [], 'orgname')).toBeNull()
  })

  it('skips titles, keeps accents, and shortens long lists', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ kickoffAt: `2026-10-${String(i + 1).padStart(2, '0')}T18:00:00Z` }))
    const r = paymentRequest({ name: 'Dr Zoë O’Brien', reference: 'SUBS-ZOBR' }, 4000, many, '', en)!
    expect(r.message).toMatch(/^Hi Zoë, you owe £40\.00 for football \(Thu 1 Oct, .*Tue 6 Oct and 2 more\)\./)
  })
})

describe('monzo.me links', () => {
  it('url-encodes the reference', () => {
    expect(monzoMeLink('orgname', 550, 'SUBS A&B/?#')).toBe('https://monzo.me/orgname/5.50?d=SUBS%20A%26B%2F%3F%23')
  })

  it.each([
    ['orgname', 'orgname'], ['@orgname', 'orgname'], ['monzo.me/orgname', 'orgname'], ['https://monzo.me/org.name/', 'org.name'],
    ['  https://monzo.me/orgname  ', 'orgname'], ['https://www.monzo.me/orgname/5.00?d=SUBS-X', 'orgname'], ['HTTP://MONZO.ME/OrgName', 'OrgName'],
    ['https://evil.example/orgname', null], ['monzo.me/', null], ['@', null],
    ['org/../evil', null], ['org name', null], ['', null], ['javascript:alert(1)', null], ['evil.com?x=', null],
  ])('username %j -> %j', (input, expected) => {
    expect(parseMonzoMeUsername(input)).toBe(expected)
  })

  it('gives no link for an unsafe username', () => {
    expect(monzoMeLink('a/b', 500, 'SUBS-X')).toBeNull()
    expect(paymentRequest(sam, 500, unpaid, 'bad user')?.link).toBeNull()
  })
})

describe('dates in the message', () => {
  it("read in the organiser's locale, with the year only when it is not this year", () => {
    const r = paymentRequest(sam, 1000, [{ kickoffAt: '2026-12-30T19:00:00Z' }, { kickoffAt: '2027-01-06T19:00:00Z' }], '', { ...en, now: new Date('2026-12-31T12:00:00Z') })!
    expect(r.message).toContain('(Wed 30 Dec, Wed 6 Jan 2027)')
  })
})
