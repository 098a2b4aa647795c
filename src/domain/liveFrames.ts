/**
 * How a message crosses the live connection: in frames of at most 16 KB, the size every browser's
 * data channel delivers whole. A frame is a one-line JSON header and its slice of the message:
 * `{"id":"…","kind":"changes","index":0,"count":3}\n…`. An acknowledgement is a single frame.
 *
 * The messages are sealed exchanges (JSON with base64, familyExchange.ts) and ids: plain ASCII, so a
 * character is a byte and slicing by characters keeps every frame within the limit.
 */
export const MAX_FRAME_CHARS = 16 * 1024
/** Room for the header in front of each slice. */
const SLICE_CHARS = MAX_FRAME_CHARS - 256
/** Far beyond a year of twins (MAX_EXCHANGE_CHARS): a frame that says more is not Cocoon's. */
const MAX_FRAMES = 4_000

export type FrameKind = 'changes' | 'ack'

export interface LiveMessage {
  id: string
  kind: FrameKind
  body: string
}

interface FrameHeader {
  id: string
  kind: FrameKind
  index: number
  count: number
}

export function toFrames(message: LiveMessage): string[] {
  const count = Math.max(1, Math.ceil(message.body.length / SLICE_CHARS))
  return Array.from({ length: count }, (_, index) => {
    const header: FrameHeader = { id: message.id, kind: message.kind, index, count }
    return `${JSON.stringify(header)}\n${message.body.slice(index * SLICE_CHARS, (index + 1) * SLICE_CHARS)}`
  })
}

function readHeader(frame: string): { header: FrameHeader; slice: string } | null {
  const newline = frame.indexOf('\n')
  if (newline < 0) return null
  try {
    const value = JSON.parse(frame.slice(0, newline)) as Partial<FrameHeader> | null
    const { id, kind, index, count } = value ?? {}
    const whole = (n: unknown): n is number => Number.isInteger(n)
    if (typeof id !== 'string' || (kind !== 'changes' && kind !== 'ack')) return null
    if (!whole(count) || !whole(index) || count < 1 || count > MAX_FRAMES || index < 0 || index >= count) return null
    return { header: { id, kind, index, count }, slice: frame.slice(newline + 1) }
  } catch {
    return null
  }
}

/** Puts frames back together; `take` gives the whole message once its last frame is in, else null. */
export function createReassembler() {
  const pending = new Map<string, { kind: FrameKind; slices: (string | undefined)[]; missing: number }>()
  return {
    take(frame: string): LiveMessage | null {
      const read = readHeader(frame)
      if (!read) return null
      const { header, slice } = read
      let entry = pending.get(header.id)
      if (!entry || entry.slices.length !== header.count) {
        entry = { kind: header.kind, slices: new Array<string | undefined>(header.count), missing: header.count }
        pending.set(header.id, entry)
      }
      if (entry.slices[header.index] === undefined) entry.missing -= 1
      entry.slices[header.index] = slice
      if (entry.missing > 0) return null
      pending.delete(header.id)
      return { id: header.id, kind: entry.kind, body: entry.slices.join('') }
    },
  }
}
