import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chartDays, chartSummary, hasChart, scaleTop } from '@/domain/logChart'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { dirty, feed, logEvent, wet } from './logFixtures'

const previousTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Europe/Stockholm'
})
afterAll(() => {
  process.env.TZ = previousTz
})

// Born at 22:30 local time in Stockholm (CET, UTC+1), as in the day-count tests.
const birthAt = Date.UTC(2026, 2, 3, 21, 30)
const sleep = (at: number, end: number | null) => logEvent(at, { kind: 'sleep', end })
const bottle = (at: number) => logEvent(at, { kind: 'bottle', milk: 'formula', ml: 40 })

describe('chart days', () => {
  it('gives one entry per day of life up to today, oldest first, in 24-hour blocks from the birth', () => {
    const now = birthAt + 3 * DAY_MS + 5 * HOUR_MS
    const days = chartDays([], birthAt, now)
    expect(days.map((day) => day.day)).toEqual([1, 2, 3, 4])
    expect(days[0]).toMatchObject({ from: birthAt, to: birthAt + DAY_MS, complete: true, hasData: false })
    expect(days.at(-1)).toMatchObject({ from: birthAt + 3 * DAY_MS, complete: false })
  })

  it('keeps the last 14 days once the baby is older', () => {
    const days = chartDays([], birthAt, birthAt + 19 * DAY_MS + HOUR_MS)
    expect(days).toHaveLength(14)
    expect(days[0]!.day).toBe(7)
    expect(days.at(-1)!.day).toBe(20)
    expect(chartDays([], birthAt, birthAt + 19 * DAY_MS, 7).map((day) => day.day)).toEqual([14, 15, 16, 17, 18, 19, 20])
  })

  it('counts breastfeeds and bottles as feeds, a nappy with both as wet and dirty, and skips deleted events', () => {
    const day2 = birthAt + DAY_MS
    const events = [
      feed(day2 + HOUR_MS),
      bottle(day2 + 3 * HOUR_MS),
      { ...feed(day2 + 5 * HOUR_MS), deleted: true },
      wet(day2 + HOUR_MS),
      dirty(day2 + 2 * HOUR_MS),
      logEvent(day2 + 4 * HOUR_MS, { kind: 'nappy', contents: 'both', stool: 'greenBrown' }),
      sleep(day2 + 6 * HOUR_MS, day2 + 8 * HOUR_MS + 30 * MINUTE_MS),
    ]
    const [first, second] = chartDays(events, birthAt, day2 + 12 * HOUR_MS)
    expect(first).toMatchObject({ feeds: 0, wet: 0, dirty: 0, sleepMs: 0, hasData: false })
    expect(second).toMatchObject({ feeds: 2, wet: 2, dirty: 2, sleepMs: 2.5 * HOUR_MS, hasData: true })
  })

  it('counts a sleep still running up to now, split at the edge of the day of life', () => {
    const today = birthAt + 2 * DAY_MS
    const now = today + 3 * HOUR_MS
    const days = chartDays([sleep(today - HOUR_MS, null)], birthAt, now)
    expect(days[1]!.sleepMs).toBe(HOUR_MS)
    expect(days[2]!.sleepMs).toBe(3 * HOUR_MS)
    expect(days[2]!.hasData).toBe(true)
  })

  it('counts the hours really slept on the spring-forward night, and keeps the day 24 hours long', () => {
    // Sweden moves to summer time at 02:00 on 29 March 2026. Born at 13:00 local on the 27th, so
    // day 2 runs from 13:00 on the 28th to 14:00 (summer time) on the 29th.
    const born = Date.UTC(2026, 2, 27, 12, 0)
    const bedtime = Date.UTC(2026, 2, 28, 22, 0) // 23:00 winter time
    const morning = Date.UTC(2026, 2, 29, 5, 0) // 07:00 summer time: eight hours on the clock, seven slept
    const events = [
      sleep(bedtime, morning),
      feed(Date.UTC(2026, 2, 29, 0, 50)), // 01:50 winter time
      feed(Date.UTC(2026, 2, 29, 1, 10)), // 03:10 summer time, twenty minutes later
      wet(Date.UTC(2026, 2, 29, 11, 30)), // 13:30 summer time: still day 2
    ]
    const days = chartDays(events, born, Date.UTC(2026, 2, 30, 8, 0))
    expect(days[1]).toMatchObject({ day: 2, feeds: 2, wet: 1, sleepMs: 7 * HOUR_MS })
    expect(days[1]!.to - days[1]!.from).toBe(24 * HOUR_MS)
    expect(days[2]).toMatchObject({ day: 3, feeds: 0, wet: 0 })
  })

  it('knows no days without a birth or before it', () => {
    expect(chartDays([wet(birthAt)], null, birthAt + DAY_MS)).toEqual([])
    expect(chartDays([], birthAt, birthAt - 1)).toEqual([])
  })
})

describe('whether to draw', () => {
  it('needs entries on at least two days; a weight alone is not a chart day', () => {
    const now = birthAt + 2 * DAY_MS + HOUR_MS
    const weight = logEvent(birthAt + HOUR_MS, { kind: 'weight', grams: 3400 })
    expect(hasChart(chartDays([weight, wet(birthAt + DAY_MS)], birthAt, now))).toBe(false)
    expect(hasChart(chartDays([wet(birthAt + HOUR_MS), wet(now)], birthAt, now))).toBe(true)
  })
})

describe('summary', () => {
  it('spans the whole days with entries, leaving out today and empty days', () => {
    const dayStart = (day: number) => birthAt + (day - 1) * DAY_MS
    const events = [
      feed(dayStart(2) + HOUR_MS),
      feed(dayStart(2) + 4 * HOUR_MS),
      wet(dayStart(2) + HOUR_MS),
      sleep(dayStart(2) + 5 * HOUR_MS, dayStart(2) + 9 * HOUR_MS),
      // Day 3: nothing logged. Day 4:
      feed(dayStart(4) + HOUR_MS),
      wet(dayStart(4) + HOUR_MS),
      wet(dayStart(4) + 2 * HOUR_MS),
      dirty(dayStart(4) + 3 * HOUR_MS),
      sleep(dayStart(4) + 5 * HOUR_MS, dayStart(4) + 15 * HOUR_MS),
      // Today, day 5, has only just begun.
      feed(dayStart(5) + MINUTE_MS),
    ]
    const summary = chartSummary(chartDays(events, birthAt, dayStart(5) + HOUR_MS))
    expect(summary).toEqual({
      firstDay: 2,
      lastDay: 4,
      feeds: { min: 1, max: 2 },
      wet: { min: 1, max: 2 },
      dirty: { min: 0, max: 1 },
      sleepMs: { min: 4 * HOUR_MS, max: 10 * HOUR_MS },
    })
  })

  it('has nothing to say before a whole day with entries', () => {
    expect(chartSummary(chartDays([wet(birthAt + HOUR_MS)], birthAt, birthAt + 2 * HOUR_MS))).toBeNull()
  })
})

describe('scale', () => {
  it('rounds the top up to whole steps, never below one step', () => {
    expect(scaleTop(11, 4)).toBe(12)
    expect(scaleTop(12, 4)).toBe(12)
    expect(scaleTop(0, 4)).toBe(4)
    expect(scaleTop(14.5, 6)).toBe(18)
  })
})
