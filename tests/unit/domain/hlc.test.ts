import { describe, expect, it } from 'vitest'
import { compareStamps, isPackedStamp, nextStamp, packStamp, receiveStamp, unpackStamp } from '@/domain/hlc'

const A = 'device-aaaa'
const B = 'device-bbbb'

describe('hybrid logical clock', () => {
  it('takes the wall time when it has moved on', () => {
    expect(nextStamp({ wallMs: 100, counter: 3, deviceId: A }, 200, A)).toEqual({
      wallMs: 200,
      counter: 0,
      deviceId: A,
    })
  })

  it('counts up within the same millisecond and while the clock went backwards', () => {
    const first = nextStamp(null, 500, A)
    const second = nextStamp(first, 500, A)
    const third = nextStamp(second, 400, A)
    expect([second.counter, third.counter]).toEqual([1, 2])
    expect(compareStamps(first, second)).toBeLessThan(0)
    expect(compareStamps(second, third)).toBeLessThan(0)
  })

  it('orders a received stamp after both clocks, even from a phone whose clock runs ahead', () => {
    const local = { wallMs: 1_000, counter: 0, deviceId: A }
    const remote = { wallMs: 5_000, counter: 4, deviceId: B }
    const after = receiveStamp(local, remote, 1_200, A)
    expect(after).toEqual({ wallMs: 5_000, counter: 5, deviceId: A })
    expect(compareStamps(after, remote)).toBeGreaterThan(0)
    const same = receiveStamp({ wallMs: 5_000, counter: 9, deviceId: A }, remote, 10, A)
    expect(same.counter).toBe(10)
    expect(receiveStamp(local, { wallMs: 10, counter: 0, deviceId: B }, 3_000, A)).toEqual({
      wallMs: 3_000,
      counter: 0,
      deviceId: A,
    })
  })

  it('breaks a tie by device id, so two phones agree on the order', () => {
    const a = { wallMs: 7, counter: 1, deviceId: A }
    const b = { wallMs: 7, counter: 1, deviceId: B }
    expect(compareStamps(a, b)).toBe(-compareStamps(b, a))
    expect(compareStamps(a, { ...a })).toBe(0)
  })

  it('packs stamps into strings that sort like the stamps', () => {
    const stamps = [
      { wallMs: 9, counter: 12, deviceId: A },
      { wallMs: 10, counter: 0, deviceId: B },
      { wallMs: 10, counter: 2, deviceId: A },
      { wallMs: 1_777_000_000_000, counter: 0, deviceId: A },
    ]
    const packed = stamps.map(packStamp)
    expect([...packed].sort()).toEqual(packed)
    expect(packed.map(unpackStamp)).toEqual(stamps)
    expect(isPackedStamp(packed[0])).toBe(true)
    expect(unpackStamp('12:3:x y')).toBeNull()
    expect(isPackedStamp(12)).toBe(false)
  })
})
