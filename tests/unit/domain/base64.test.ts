import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, isBase64 } from '@/domain/base64'

// The check as first written, group by group: the faster one must accept exactly the same texts.
const SPELLED_OUT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

describe('isBase64', () => {
  const edges = ['', 'A', 'AB', 'ABC', 'ABCD', 'AB==', 'ABC=', 'A===', '====', '=ABC', 'AB=C', 'ABCD==', 'ABCDE=']
  const more = [...edges, 'AB==ABCD', 'AB-_', 'AB C', 'ABCDAB==', 'ABCDABC=', 'ABCDA===', 'ABCD\n', 'ÅBCD']

  it.each(more)('agrees with the spelled-out check on %j', (text) => {
    expect(isBase64(text)).toBe(SPELLED_OUT.test(text))
  })

  it('agrees on every short text over a small alphabet', () => {
    const alphabet = ['A', '/', '=', '-']
    let texts = ['']
    for (let length = 1; length <= 6; length += 1) {
      texts = texts.flatMap((text) => alphabet.map((char) => text + char))
      for (const text of texts) expect(isBase64(text), text).toBe(SPELLED_OUT.test(text))
    }
  })

  it('accepts what bytesToBase64 writes, and base64ToBytes gives the bytes back', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) % 256)
      const text = bytesToBase64(bytes)
      expect(isBase64(text)).toBe(true)
      expect(base64ToBytes(text)).toEqual(bytes)
    }
    expect(() => base64ToBytes('AB=C')).toThrow(TypeError)
  })
})
