import { base64ByteLength, base64ToBytes, bytesToBase64, checkedBase64ToBytes, isBase64 } from './base64'

/**
 * Encryption at rest for the optional app lock. A passcode becomes an AES-GCM-256 key through
 * PBKDF2-SHA256 with a per-install salt; every encryption uses a fresh random 96-bit IV, and the
 * result is a self-describing envelope so that a later version can still read what this one wrote.
 */
export const ENVELOPE_VERSION = 1
/**
 * An envelope bound to where it belongs (a journal entry): the binding is authenticated too, so the
 * part cannot be moved to another entry. Version 1 envelopes (the verifier, drafts, entries sealed
 * before binding existed) are still read.
 */
export const BOUND_ENVELOPE_VERSION = 2
export const CIPHER = 'AES-GCM-256'
export const KDF = 'PBKDF2-SHA256'
/** OWASP's current figure for PBKDF2-HMAC-SHA256. */
export const MIN_ITERATIONS = 600_000
/** Far above what a phone derives in reasonable time; larger values in a file are treated as hostile. */
export const MAX_ITERATIONS = 10_000_000
export const SALT_BYTES = 16
export const IV_BYTES = 12
const TAG_BYTES = 16
// One of each for every envelope: unlocking a year of entries opens thousands of them at once.
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export interface KdfParams {
  kdf: typeof KDF
  iter: number
  /** base64 */
  salt: string
}

export interface Envelope extends KdfParams {
  v: typeof ENVELOPE_VERSION | typeof BOUND_ENVELOPE_VERSION
  alg: typeof CIPHER
  /** base64, 12 bytes */
  iv: string
  /** base64: ciphertext followed by the 16-byte GCM tag */
  ct: string
}

/** A derived key together with the parameters that made it; it lives in memory only. */
export interface LockKey {
  key: CryptoKey
  params: KdfParams
}

export type CryptoFailureCode = 'wrongKeyOrTampered' | 'unsupportedEnvelope'

export class CryptoFailure extends Error {
  constructor(readonly code: CryptoFailureCode) {
    super(code)
    this.name = 'CryptoFailure'
  }
}

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle
}

export function newKdfParams(iter = MIN_ITERATIONS): KdfParams {
  return { kdf: KDF, iter, salt: bytesToBase64(globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES))) }
}

export function isKdfParams(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false
  const { kdf, iter, salt } = value as Record<string, unknown>
  return (
    kdf === KDF &&
    Number.isSafeInteger(iter) &&
    (iter as number) >= MIN_ITERATIONS &&
    (iter as number) <= MAX_ITERATIONS &&
    typeof salt === 'string' &&
    isBase64(salt) &&
    base64ByteLength(salt) === SALT_BYTES
  )
}

export function isEnvelope(value: unknown, maxCiphertextChars = Number.POSITIVE_INFINITY): value is Envelope {
  if (!isKdfParams(value)) return false
  const { v, alg, iv, ct } = value as unknown as Record<string, unknown>
  return (
    (v === ENVELOPE_VERSION || v === BOUND_ENVELOPE_VERSION) &&
    alg === CIPHER &&
    typeof iv === 'string' &&
    isBase64(iv) &&
    base64ByteLength(iv) === IV_BYTES &&
    typeof ct === 'string' &&
    ct.length <= maxCiphertextChars &&
    isBase64(ct) &&
    base64ByteLength(ct) >= TAG_BYTES
  )
}

/** Unicode-normalised so that a passcode typed on one keyboard and pasted from another still matches. */
function passcodeBytes(passcode: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(passcode.normalize('NFC'))
}

export async function deriveKey(passcode: string, params: KdfParams): Promise<LockKey> {
  if (!isKdfParams(params)) throw new CryptoFailure('unsupportedEnvelope')
  const material = await subtle().importKey('raw', passcodeBytes(passcode), 'PBKDF2', false, ['deriveKey'])
  const key = await subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(params.salt), iterations: params.iter },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
  return { key, params: { kdf: params.kdf, iter: params.iter, salt: params.salt } }
}

/**
 * The header is authenticated too: changing the recorded salt, iterations or version breaks the tag.
 * A bound envelope adds what it is bound to.
 */
function associatedData(header: Omit<Envelope, 'iv' | 'ct'>, binding: string | null): Uint8Array<ArrayBuffer> {
  const base = `cocoon|${header.v}|${header.alg}|${header.kdf}|${header.iter}|${header.salt}`
  return encoder.encode(header.v === BOUND_ENVELOPE_VERSION ? `${base}|${binding ?? ''}` : base)
}

/**
 * `binding` (e.g. an entry's id and time) makes a version 2 envelope that opens only with the same
 * binding. `iv` is only passed by the test vectors; real encryptions always draw a fresh one.
 */
export async function seal(
  lockKey: LockKey,
  plaintext: string,
  iv: Uint8Array<ArrayBuffer> = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES)),
  binding: string | null = null,
): Promise<Envelope> {
  const v = binding === null ? ENVELOPE_VERSION : BOUND_ENVELOPE_VERSION
  const header = { v, alg: CIPHER, ...lockKey.params } as const
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(header, binding), tagLength: TAG_BYTES * 8 },
    lockKey.key,
    encoder.encode(plaintext),
  )
  return { ...header, iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ciphertext)) }
}

export async function open(lockKey: LockKey, envelope: Envelope, binding: string | null = null): Promise<string> {
  if (!isEnvelope(envelope)) throw new CryptoFailure('unsupportedEnvelope')
  // An envelope made under another salt or iteration count was made with another key.
  if (envelope.salt !== lockKey.params.salt || envelope.iter !== lockKey.params.iter)
    throw new CryptoFailure('wrongKeyOrTampered')
  try {
    const plaintext = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: checkedBase64ToBytes(envelope.iv),
        additionalData: associatedData(envelope, binding),
        tagLength: TAG_BYTES * 8,
      },
      lockKey.key,
      checkedBase64ToBytes(envelope.ct),
    )
    return decoder.decode(plaintext)
  } catch {
    throw new CryptoFailure('wrongKeyOrTampered')
  }
}

const VERIFIER_TEXT = 'cocoon-lock-verifier'

/** A small known plaintext, sealed with the key, that proves a passcode right without touching any entry. */
export function makeVerifier(lockKey: LockKey): Promise<Envelope> {
  return seal(lockKey, VERIFIER_TEXT)
}

export async function verifies(lockKey: LockKey, verifier: Envelope): Promise<boolean> {
  try {
    return (await open(lockKey, verifier)) === VERIFIER_TEXT
  } catch {
    return false
  }
}
