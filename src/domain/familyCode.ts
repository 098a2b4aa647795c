/**
 * The code that pairs a partner's phone: it carries the family's id and its key, so anyone who sees
 * it can read what the family's phones exchange. It is shown once, on purpose, to be scanned or
 * pasted on the partner's phone, and the key can be replaced (README, "Two phones").
 */
export interface FamilyMembership {
  /** Random, names no one: files for another family are told apart by it. */
  familyId: string
  /** The 256-bit AES-GCM key, base64url. */
  secret: string
}

export const FAMILY_CODE_PREFIX = 'cocoon-family-1:'
const FAMILY_ID = /^[0-9a-f]{32}$/
const SECRET = /^[A-Za-z0-9_-]{43}$/
export const SECRET_BYTES = 32

export function base64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** A new family: `random` fills its arguments with random bytes (crypto.getRandomValues). */
export function newMembership(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): FamilyMembership {
  const id = random(new Uint8Array(16))
  return {
    familyId: [...id].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
    secret: base64Url(random(new Uint8Array(SECRET_BYTES))),
  }
}

export function familyCode(membership: FamilyMembership): string {
  return `${FAMILY_CODE_PREFIX}${membership.familyId}.${membership.secret}`
}

/** What a pasted or scanned code says, or null; spaces and line breaks a messenger added are ignored. */
export function parseFamilyCode(text: string): FamilyMembership | null {
  const compact = text.replace(/\s+/g, '')
  if (!compact.startsWith(FAMILY_CODE_PREFIX)) return null
  const [familyId, secret, ...rest] = compact.slice(FAMILY_CODE_PREFIX.length).split('.')
  if (rest.length > 0 || !familyId || !secret || !FAMILY_ID.test(familyId) || !SECRET.test(secret)) return null
  return { familyId, secret }
}
