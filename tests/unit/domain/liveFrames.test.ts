import { describe, expect, it } from 'vitest'
import { createReassembler, MAX_FRAME_CHARS, toFrames } from '@/domain/liveFrames'

const body = (length: number) => Array.from({ length }, (_, index) => String.fromCharCode(33 + (index % 90))).join('')

describe('live connection frames', () => {
  it('keeps every frame within 16 KB and puts a large message back together', () => {
    const message = { id: 'a1', kind: 'changes' as const, body: body(100_000) }
    const frames = toFrames(message)
    expect(frames.length).toBeGreaterThan(6)
    for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(MAX_FRAME_CHARS)
    const reassembler = createReassembler()
    const results = frames.map((frame) => reassembler.take(frame))
    expect(results.slice(0, -1)).toEqual(results.slice(0, -1).map(() => null))
    expect(results.at(-1)).toEqual(message)
  })

  it('sends an empty acknowledgement as one frame', () => {
    const frames = toFrames({ id: 'a2', kind: 'ack', body: '' })
    expect(frames).toHaveLength(1)
    expect(createReassembler().take(frames[0]!)).toEqual({ id: 'a2', kind: 'ack', body: '' })
  })

  it('takes frames of two messages interleaved and in any order', () => {
    const first = { id: 'one', kind: 'changes' as const, body: body(40_000) }
    const second = { id: 'two', kind: 'changes' as const, body: body(35_000).split('').reverse().join('') }
    const [a, b] = [toFrames(first), toFrames(second)]
    const reassembler = createReassembler()
    const mixed = [a[2], b[1], a[0], b[2], b[0], a[1]]
    const whole = mixed.map((frame) => reassembler.take(frame!)).filter((message) => message !== null)
    expect(whole).toEqual([second, first])
  })

  it('counts a repeated frame once', () => {
    const frames = toFrames({ id: 'a3', kind: 'changes', body: body(20_000) })
    const reassembler = createReassembler()
    expect(reassembler.take(frames[0]!)).toBeNull()
    expect(reassembler.take(frames[0]!)).toBeNull()
    expect(reassembler.take(frames[1]!)?.body).toBe(body(20_000))
  })

  it.each([
    ['no header', 'just text'],
    ['a header that is not JSON', '{id\nbody'],
    ['an unknown kind', '{"id":"x","kind":"other","index":0,"count":1}\nbody'],
    ['an index past the count', '{"id":"x","kind":"changes","index":1,"count":1}\nbody'],
    ['a count far beyond any exchange', '{"id":"x","kind":"changes","index":0,"count":1000000}\nbody'],
    ['a header that is null', 'null\nbody'],
  ])('ignores a frame with %s', (_, frame) => {
    expect(createReassembler().take(frame)).toBeNull()
  })
})
