/**
 * What one phone of a family sends another, by a hand-over file or over the live connection: the
 * whole shared state (the log, the babies, the questions and the birth details), sealed with the
 * family key. Whole, not a difference: a file may be lost, opened twice or overtaken by a newer one,
 * and the merge (familyMerge.ts) makes every such order end in the same state.
 */
import type { Baby, LogEvent } from './babyLog'
import type { FamilyMembership } from './familyCode'
import type { SeenStamps } from './familyMerge'
import { fromBase64Url } from './familyCode'
import type { Profile } from './profile'
import type { Question } from './questions'
import { base64ToBytes, bytesToBase64, isBase64 } from './base64'

export const EXCHANGE_FORMAT = 'cocoon-family-exchange'
export const EXCHANGE_VERSION = 1
/** A year of twins is about 8 MB sealed; far beyond that is not a file Cocoon made. */
export const MAX_EXCHANGE_CHARS = 40_000_000
/**
 * Plain text by name and type: Chrome on Android shares only files on its list of safe types (a
 * ".cocoon" file would not reach the share sheet at all), and Safari on iOS takes it as well.
 */
export const EXCHANGE_FILE_EXTENSION = '.cocoon.txt'
export const EXCHANGE_FILE_TYPE = 'text/plain'

/** The birth details travel with the stamp of their last edit, so the newer wins like any record. */
export interface SharedBirth {
  profile: Profile
  updatedAt: string
}

export interface FamilyPayload {
  /** Random per exchange: the same file is applied once. */
  exchangeId: string
  /** The sending phone's device id. */
  from: string
  sentAt: number
  /** What the sender held of each device's edits: an edit it had not seen can conflict with its own. */
  seen: SeenStamps
  birth: SharedBirth | null
  babies: Baby[]
  logEvents: LogEvent[]
  questions: Question[]
}

export type ExchangeProblem = 'notFamilyFile' | 'unsupportedVersion' | 'otherFamily' | 'damaged' | 'tooLarge'

export type OpenedExchange = { ok: true; plaintext: string } | { ok: false; problem: ExchangeProblem }

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })
const IV_BYTES = 12

/** The family's AES-GCM key; the live connection's codes are sealed with it too (liveSignal.ts). */
export function familyKey(membership: FamilyMembership, usage: KeyUsage): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', fromBase64Url(membership.secret), 'AES-GCM', false, [usage])
}

// The header is authenticated: a file cannot be passed off as another family's or another version.
const associatedData = (familyId: string) => encoder.encode(`${EXCHANGE_FORMAT}|${EXCHANGE_VERSION}|${familyId}`)

export async function sealExchange(membership: FamilyMembership, plaintext: string): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(membership.familyId) },
    await familyKey(membership, 'encrypt'),
    encoder.encode(plaintext),
  )
  return JSON.stringify({
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    familyId: membership.familyId,
    iv: bytesToBase64(iv),
    ct: bytesToBase64(new Uint8Array(ciphertext)),
  })
}

function header(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** Opens a sealed exchange with this phone's family key, or says precisely why it cannot. */
export async function openExchange(membership: FamilyMembership, text: string): Promise<OpenedExchange> {
  if (text.length > MAX_EXCHANGE_CHARS) return { ok: false, problem: 'tooLarge' }
  const sealed = header(text)
  if (!sealed || sealed.format !== EXCHANGE_FORMAT) return { ok: false, problem: 'notFamilyFile' }
  if (sealed.version !== EXCHANGE_VERSION) return { ok: false, problem: 'unsupportedVersion' }
  if (sealed.familyId !== membership.familyId) return { ok: false, problem: 'otherFamily' }
  const { iv, ct } = sealed
  if (typeof iv !== 'string' || typeof ct !== 'string' || !isBase64(iv) || !isBase64(ct))
    return { ok: false, problem: 'damaged' }
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(iv), additionalData: associatedData(membership.familyId) },
      await familyKey(membership, 'decrypt'),
      base64ToBytes(ct),
    )
    return { ok: true, plaintext: decoder.decode(plaintext) }
  } catch {
    // Another key under the same family id (replaced since) or a changed byte: neither can be read.
    return { ok: false, problem: 'damaged' }
  }
}

/** "cocoon-changes-2026-12-06-2140.cocoon.txt": sortable, and says what it is in a messenger's list. */
export function exchangeFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `cocoon-changes-${date}-${pad(now.getHours())}${pad(now.getMinutes())}${EXCHANGE_FILE_EXTENSION}`
}
