import { HOUR_MS } from './time'

/**
 * What a new passcode must be. A backup or a copy of the database holds the salt and verifier, so
 * every guess can be tried away from the phone: 10,000 four-digit codes fell in about 23 minutes on
 * a 2-core machine. Six digits is the least Cocoon accepts; a passphrase of a few words is far better.
 */
export const MIN_PASSCODE_DIGITS = 6
/** A passcode with anything but digits is a passphrase: longer, as letters are guessed in words. */
export const MIN_PASSPHRASE_LENGTH = 8

export type PasscodeProblem = 'tooShort' | 'phraseTooShort' | 'trivial'

/** Spaces are ignored when judging it ("0000 00" is 000000), not when using it. */
function compact(passcode: string): string {
  return passcode.normalize('NFC').replace(/\s+/g, '')
}

function isRun(digits: string, step: 1 | -1): boolean {
  for (let index = 1; index < digits.length; index += 1) {
    if (Number(digits[index]) - Number(digits[index - 1]) !== step) return false
  }
  return true
}

export function passcodeProblem(passcode: string): PasscodeProblem | null {
  const code = compact(passcode)
  const digitsOnly = /^\d*$/.test(code)
  if (digitsOnly && code.length < MIN_PASSCODE_DIGITS) return 'tooShort'
  if (!digitsOnly && code.length < MIN_PASSPHRASE_LENGTH) return 'phraseTooShort'
  if (new Set(code).size === 1) return 'trivial'
  if (digitsOnly && (isRun(code, 1) || isRun(code, -1))) return 'trivial'
  return null
}

/** How many wrong tries cost nothing (typos happen), and the longest wait after that. */
export const FREE_ATTEMPTS = 3
export const MAX_UNLOCK_DELAY_MS = HOUR_MS
const FIRST_DELAY_MS = 5_000

/** The wait after `failures` wrong tries in a row: none for the first few, then doubling from 5 s. */
export function unlockDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_UNLOCK_DELAY_MS)
}
