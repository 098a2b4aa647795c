import { describe, expect, it } from 'vitest'
import { addDays, instantAt, localDateIn, nextClockTime, zoneOffsetMinutes } from '@/domain/zonedTime'

describe('wall-clock time in a named zone', () => {
  it('knows Stockholm, Amsterdam and London offsets in winter and summer', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 10), 'Europe/Stockholm')).toBe(60)
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 10), 'Europe/Amsterdam')).toBe(120)
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 10), 'Europe/London')).toBe(60)
    expect(zoneOffsetMinutes(Date.UTC(2026, 0, 10), 'Europe/London')).toBe(0)
  })

  it('places 10:00 on both sides of the spring change', () => {
    expect(instantAt({ year: 2026, month: 3, day: 28 }, '10:00', 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 28, 9))
    expect(instantAt({ year: 2026, month: 3, day: 29 }, '10:00', 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 29, 8))
  })

  it('moves a skipped time past the jump and takes the first of a repeated one', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST, so 02:30 becomes 03:30 (01:30 UTC).
    expect(instantAt({ year: 2026, month: 3, day: 29 }, '02:30', 'Europe/Amsterdam')).toBe(Date.UTC(2026, 2, 29, 1, 30))
    // 25 October 2026: 01:30 happens twice in London (BST, then GMT); the first is 00:30 UTC.
    expect(instantAt({ year: 2026, month: 10, day: 25 }, '01:30', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30))
  })

  it('reads the local date and the next time the clock shows a time', () => {
    // 23:30 UTC on 1 March is already 2 March in Stockholm.
    expect(localDateIn(Date.UTC(2026, 2, 1, 23, 30), 'Europe/Stockholm')).toEqual({ year: 2026, month: 3, day: 2 })
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 })
    const from = Date.UTC(2026, 2, 1, 9, 30) // 10:30 in Stockholm
    expect(nextClockTime(from, '10:00', 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 2, 9))
    expect(nextClockTime(from, '11:00', 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 1, 10))
    expect(nextClockTime(Date.UTC(2026, 2, 1, 9), '10:00', 'Europe/Stockholm')).toBe(Date.UTC(2026, 2, 1, 9))
  })
})
