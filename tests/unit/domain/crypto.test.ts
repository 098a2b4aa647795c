import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from '@/domain/base64'
import {
  CryptoFailure,
  deriveKey,
  makeVerifier,
  MIN_ITERATIONS,
  newKdfParams,
  open,
  seal,
  verifies,
  type Envelope,
} from '@/domain/crypto'
import vectorFile from '../../fixtures/crypto/vectors.json'

const params = newKdfParams()
const keyPromise = deriveKey('1357 lullaby', params)

function flipFirstByte(base64: string): string {
  const bytes = base64ToBytes(base64)
  bytes[0] = bytes[0]! ^ 0x01
  return bytesToBase64(bytes)
}

describe('lock encryption', () => {
  it('derives keys with PBKDF2-SHA256 at no fewer than 600,000 iterations and a 16-byte random salt', () => {
    expect(params.kdf).toBe('PBKDF2-SHA256')
    expect(params.iter).toBeGreaterThanOrEqual(600_000)
    expect(base64ToBytes(params.salt)).toHaveLength(16)
    expect(newKdfParams().salt).not.toBe(params.salt)
  })

  it('round-trips text, including an empty text and emoji', async () => {
    const key = await keyPromise
    for (const text of ['', 'Slept four hours.', 'Tårar på morgonen 🌙 — "quoted" <b>'.repeat(50)]) {
      expect(await open(key, await seal(key, text))).toBe(text)
    }
  })

  it('records the format, key derivation, salt, iterations and a fresh 96-bit IV in every envelope', async () => {
    const key = await keyPromise
    const first = await seal(key, 'same text')
    const second = await seal(key, 'same text')
    expect(first).toMatchObject({
      v: 1,
      alg: 'AES-GCM-256',
      kdf: 'PBKDF2-SHA256',
      iter: params.iter,
      salt: params.salt,
    })
    expect(base64ToBytes(first.iv)).toHaveLength(12)
    expect(first.iv).not.toBe(second.iv)
    expect(first.ct).not.toBe(second.ct)
  })

  it('rejects a wrong passcode', async () => {
    const envelope = await seal(await keyPromise, 'private')
    const wrong = await deriveKey('1357 lullabY', params)
    await expect(open(wrong, envelope)).rejects.toEqual(new CryptoFailure('wrongKeyOrTampered'))
  })

  it('rejects tampered ciphertext, IV, tag or header', async () => {
    const key = await keyPromise
    const envelope = await seal(key, 'private words')
    const tag = base64ToBytes(envelope.ct)
    tag[tag.length - 1] = tag[tag.length - 1]! ^ 0x80
    const tampered: Envelope[] = [
      { ...envelope, ct: flipFirstByte(envelope.ct) },
      { ...envelope, ct: bytesToBase64(tag) },
      { ...envelope, iv: flipFirstByte(envelope.iv) },
      { ...envelope, iter: envelope.iter + 1 },
      { ...envelope, salt: flipFirstByte(envelope.salt) },
    ]
    for (const damaged of tampered) await expect(open(key, damaged)).rejects.toBeInstanceOf(CryptoFailure)
  })

  it('binds a version 2 envelope to what it belongs to, and refuses it elsewhere or relabelled', async () => {
    const key = await keyPromise
    const bound = await seal(key, 'secret', undefined, 'entry|1|2')
    expect(bound.v).toBe(2)
    expect(await open(key, bound, 'entry|1|2')).toBe('secret')
    await expect(open(key, bound, 'entry|1|3')).rejects.toEqual(new CryptoFailure('wrongKeyOrTampered'))
    await expect(open(key, { ...bound, v: 1 })).rejects.toEqual(new CryptoFailure('wrongKeyOrTampered'))
    const unbound = await seal(key, 'secret')
    await expect(open(key, { ...unbound, v: 2 }, 'entry|1|2')).rejects.toEqual(new CryptoFailure('wrongKeyOrTampered'))
  })

  it('refuses envelopes of an unknown version or with too few iterations', async () => {
    const key = await keyPromise
    const envelope = await seal(key, 'x')
    await expect(open(key, { ...envelope, v: 3 } as unknown as Envelope)).rejects.toEqual(
      new CryptoFailure('unsupportedEnvelope'),
    )
    await expect(deriveKey('x', { ...params, iter: MIN_ITERATIONS - 1 })).rejects.toEqual(
      new CryptoFailure('unsupportedEnvelope'),
    )
  })

  it('checks a passcode against the verifier without any entry', async () => {
    const key = await keyPromise
    const verifier = await makeVerifier(key)
    expect(await verifies(key, verifier)).toBe(true)
    expect(await verifies(await deriveKey('other', params), verifier)).toBe(false)
  })

  it.each(vectorFile.vectors)(
    'still decrypts the committed test vector: $name',
    async ({ passcode, plaintext, envelope }) => {
      const key = await deriveKey(passcode, envelope as Envelope)
      expect(await open(key, envelope as Envelope)).toBe(plaintext)
    },
  )

  it('produces exactly the committed ciphertext for a given key and IV', async () => {
    const [vector] = vectorFile.vectors
    const key = await deriveKey(vector!.passcode, vector!.envelope as Envelope)
    expect(await seal(key, vector!.plaintext, base64ToBytes(vector!.envelope.iv))).toEqual(vector!.envelope)
  })
})
