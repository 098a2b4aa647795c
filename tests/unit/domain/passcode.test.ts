import { describe, expect, it } from 'vitest'
import { MAX_UNLOCK_DELAY_MS, passcodeProblem, unlockDelayMs } from '@/domain/passcode'

describe('a new passcode', () => {
  it.each(['2468', '24681', ''])('needs at least six digits: %j', (code) => {
    expect(passcodeProblem(code)).toBe('tooShort')
  })

  it.each(['000000', '0000 00', '999999999', '123456', '654321', '3456789', ' 1 2 3 4 5 6 '])(
    'refuses trivial codes: %j',
    (code) => expect(passcodeProblem(code)).toBe('trivial'),
  )

  it.each(['739148', '2468 1357', '112358', 'river lamp quiet', 'correct horse'])('accepts %j', (code) => {
    expect(passcodeProblem(code)).toBeNull()
  })

  it('asks more of a passphrase than of digits, and refuses one character repeated', () => {
    expect(passcodeProblem('hello!')).toBe('phraseTooShort')
    expect(passcodeProblem('aaaaaaaaaa')).toBe('trivial')
  })
})

describe('waiting after wrong tries', () => {
  it('costs nothing for the first two, then doubles up to an hour', () => {
    expect([0, 1, 2].map(unlockDelayMs)).toEqual([0, 0, 0])
    expect([3, 4, 5, 6].map(unlockDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000])
    expect(unlockDelayMs(40)).toBe(MAX_UNLOCK_DELAY_MS)
  })
})
