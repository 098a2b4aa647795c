/**
 * The two codes that set up a live connection between a family's phones without any server: the
 * first phone's offer and the second phone's answer (WebRTC session descriptions), pasted across by
 * the parents. Each is sealed with the family key, so a stranger who sees an offer cannot answer it,
 * and the step is authenticated, so an offer cannot be passed off as an answer.
 *
 * A code is the prefix and base64url of: one step byte, the 16 bytes of the family id, the 12-byte IV
 * and the AES-GCM ciphertext of the SDP. Binary, not JSON: the parents copy it by hand.
 */
import { base64Url, fromBase64Url, type FamilyMembership } from './familyCode'
import { familyKey } from './familyExchange'

export const LIVE_CODE_PREFIX = 'cocoon-live-1:'
const SIGNAL_FORMAT = 'cocoon-family-signal'
const SIGNAL_VERSION = 1

export type LiveStep = 'offer' | 'answer'
export type LiveSignalProblem = 'notLiveCode' | 'otherFamily' | 'damaged' | 'wrongStep'
export type OpenedSignal = { ok: true; type: LiveStep; sdp: string } | { ok: false; problem: LiveSignalProblem }

const STEP_BYTES: Record<LiveStep, number> = { offer: 0x6f, answer: 0x61 }
const FAMILY_ID_BYTES = 16
const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER_BYTES = 1 + FAMILY_ID_BYTES + IV_BYTES
const BASE64URL = /^[A-Za-z0-9_-]+$/

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

const associatedData = (familyId: string, step: LiveStep) =>
  encoder.encode(`${SIGNAL_FORMAT}|${SIGNAL_VERSION}|${familyId}|${step}`)

const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16))
const bytesToHex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')

export async function sealSignal(membership: FamilyMembership, step: LiveStep, sdp: string): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(membership.familyId, step) },
    await familyKey(membership, 'encrypt'),
    encoder.encode(sdp),
  )
  const bytes = new Uint8Array(HEADER_BYTES + ciphertext.byteLength)
  bytes[0] = STEP_BYTES[step]
  bytes.set(hexToBytes(membership.familyId), 1)
  bytes.set(iv, 1 + FAMILY_ID_BYTES)
  bytes.set(new Uint8Array(ciphertext), HEADER_BYTES)
  return LIVE_CODE_PREFIX + base64Url(bytes)
}

function stepOf(byte: number | undefined): LiveStep | null {
  if (byte === STEP_BYTES.offer) return 'offer'
  return byte === STEP_BYTES.answer ? 'answer' : null
}

/**
 * Opens a pasted code that should be the `expected` step; spaces and line breaks a messenger added
 * are ignored. The family is checked before the step: another family's code is never "the wrong step".
 */
export async function openSignal(
  membership: FamilyMembership,
  text: string,
  expected: LiveStep,
): Promise<OpenedSignal> {
  const compact = text.replace(/\s+/g, '')
  const body = compact.slice(LIVE_CODE_PREFIX.length)
  // One character over a group of four is no whole byte: atob would throw on it.
  if (!compact.startsWith(LIVE_CODE_PREFIX) || !BASE64URL.test(body) || body.length % 4 === 1)
    return { ok: false, problem: 'notLiveCode' }
  const bytes = fromBase64Url(body)
  const step = stepOf(bytes[0])
  if (step === null || bytes.length < HEADER_BYTES + TAG_BYTES) return { ok: false, problem: 'notLiveCode' }
  if (bytesToHex(bytes.subarray(1, 1 + FAMILY_ID_BYTES)) !== membership.familyId)
    return { ok: false, problem: 'otherFamily' }
  if (step !== expected) return { ok: false, problem: 'wrongStep' }
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(1 + FAMILY_ID_BYTES, HEADER_BYTES),
        additionalData: associatedData(membership.familyId, step),
      },
      await familyKey(membership, 'decrypt'),
      bytes.slice(HEADER_BYTES),
    )
    return { ok: true, type: step, sdp: decoder.decode(plaintext) }
  } catch {
    // A changed character, or a code made with a family key replaced since.
    return { ok: false, problem: 'damaged' }
  }
}
