import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calendarDayRange, countsBetween, countsNow, dayOfLife, dayOfLifeRange } from '@/domain/logDays'
import { HOUR_MS, MINUTE_MS } from '@/domain/time'
import { dirty, feed, logEvent, wet } from './logFixtures'

const previousTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Europe/Stockholm'
})
afterAll(() => {
  process.env.TZ = previousTz
})

describe('day of life', () => {
  // Born at 22:30 local time in Stockholm (CET, UTC+1).
  const birthAt = Date.UTC(2026, 2, 3, 21, 30)

  it('counts 24-hour blocks from the birth instant, not from midnight', () => {
    expect(dayOfLife(birthAt, birthAt)).toBe(1)
    expect(dayOfLife(birthAt + 24 * HOUR_MS - 1, birthAt)).toBe(1)
    expect(dayOfLife(birthAt + 24 * HOUR_MS, birthAt)).toBe(2)
    expect(dayOfLifeRange(3, birthAt)).toEqual({ from: birthAt + 48 * HOUR_MS, to: birthAt + 72 * HOUR_MS })
  })

  it('puts events on both sides of midnight in the same day of life but different calendar days', () => {
    const beforeMidnight = Date.UTC(2026, 2, 3, 22, 50) // 23:50 local
    const afterMidnight = Date.UTC(2026, 2, 3, 23, 10) // 00:10 local, 4 March
    const events = [wet(beforeMidnight), wet(afterMidnight), feed(afterMidnight)]
    const pair = countsNow(events, birthAt, Date.UTC(2026, 2, 4, 8, 0))
    expect(pair.dayOfLife?.day).toBe(1)
    expect(pair.dayOfLife?.counts.wet).toBe(2)
    expect(pair.calendar.date).toBe('2026-03-04')
    expect(pair.calendar.counts.wet).toBe(1)
    expect(pair.calendar.counts.feeds).toBe(1)
  })

  it('counts a nappy with both as wet and dirty, and skips deleted events', () => {
    const at = birthAt + HOUR_MS
    const events = [
      logEvent(at, { kind: 'nappy', contents: 'both', stool: 'meconium' }),
      dirty(at + 1),
      { ...wet(at + 2), deleted: true },
    ]
    expect(countsBetween(events, birthAt, birthAt + 24 * HOUR_MS)).toMatchObject({ wet: 1, dirty: 2 })
  })

  it('splits a sleep across midnight between the two calendar days', () => {
    const start = Date.UTC(2026, 2, 3, 22, 0) // 23:00 local
    const sleep = logEvent(start, { kind: 'sleep', end: start + 2 * HOUR_MS })
    const first = calendarDayRange(start)
    const second = calendarDayRange(start + 2 * HOUR_MS)
    expect(countsBetween([sleep], first.from, first.to).sleepMs).toBe(HOUR_MS)
    expect(countsBetween([sleep], second.from, second.to).sleepMs).toBe(HOUR_MS)
  })

  it('knows nothing of a day of life before the birth', () => {
    expect(countsNow([], null, birthAt).dayOfLife).toBeNull()
    expect(countsNow([], birthAt, birthAt - 1).dayOfLife).toBeNull()
  })
})

describe('daylight-saving nights', () => {
  it('makes the spring-forward calendar day 23 hours long while a day of life stays 24', () => {
    // Sweden moves to summer time at 02:00 on 29 March 2026.
    const day = calendarDayRange(Date.UTC(2026, 2, 29, 10, 0))
    expect(day.date).toBe('2026-03-29')
    expect(day.to - day.from).toBe(23 * HOUR_MS)
    const birthAt = Date.UTC(2026, 2, 28, 22, 0) // 23:00 local on the 28th
    const range = dayOfLifeRange(1, birthAt)
    expect(range.to - range.from).toBe(24 * HOUR_MS)
    // 23:00 the next evening is only 23 hours after the birth: still day 1.
    expect(dayOfLife(Date.UTC(2026, 2, 29, 21, 0), birthAt)).toBe(1)
  })

  it('makes the autumn calendar day 25 hours long and counts the repeated hour once per event', () => {
    // Back to winter time at 03:00 on 25 October 2026: 02:30 happens twice.
    const day = calendarDayRange(Date.UTC(2026, 9, 25, 12, 0))
    expect(day.to - day.from).toBe(25 * HOUR_MS)
    const firstTwoThirty = Date.UTC(2026, 9, 25, 0, 30)
    const secondTwoThirty = firstTwoThirty + HOUR_MS
    const events = [feed(firstTwoThirty), feed(secondTwoThirty)]
    expect(countsBetween(events, day.from, day.to).feeds).toBe(2)
    expect(calendarDayRange(secondTwoThirty + 30 * MINUTE_MS).date).toBe('2026-10-25')
  })
})
