/** Standard base64 (RFC 4648 §4) for bytes, without relying on Node's Buffer so it runs in browsers too. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  }
  return btoa(binary)
}

// With the length a multiple of 4, at most two '=' at the end means whole groups of four, the last
// one perhaps "xx==" or "xxx=": the same as spelling the groups out, without the backtracking that
// made this check the slowest part of opening thousands of envelopes at once.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64.test(text)
}

/** Throws on anything that is not canonical base64, so a damaged envelope never decodes to other bytes. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!isBase64(text)) throw new TypeError('not base64')
  return checkedBase64ToBytes(text)
}

/** For text already found canonical by isBase64 (an envelope is checked whole before it is opened). */
export function checkedBase64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** How many bytes a valid base64 text decodes to. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return (text.length / 4) * 3 - padding
}
