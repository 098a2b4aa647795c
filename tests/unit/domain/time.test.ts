import { describe, expect, it } from 'vitest'
import { babyDay, DAY_MS, dateStyleFor, HOUR_MS, localDateOf, localTimeOf, WEEK_MS } from '@/domain/time'

describe('local calendar date and time', () => {
  it('names the local calendar day, also just before and after midnight', () => {
    expect(localDateOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09')
    expect(localDateOf(new Date(2026, 0, 10, 0, 1))).toBe('2026-01-10')
  })

  it('writes the local time with two-digit hours and minutes', () => {
    expect(localTimeOf(new Date(2026, 0, 5, 7, 5))).toBe('07:05')
    expect(localTimeOf(new Date(2026, 0, 5, 23, 50))).toBe('23:50')
  })
})

describe("the baby's day", () => {
  const birthAt = Date.parse('2026-03-01T03:20:00Z')

  it('counts whole 24 hours from the birth instant, day 0 first', () => {
    expect(babyDay(birthAt, birthAt)).toBe(0)
    expect(babyDay(birthAt + DAY_MS - 1, birthAt)).toBe(0)
    expect(babyDay(birthAt + DAY_MS, birthAt)).toBe(1)
  })

  it('is negative before the birth', () => {
    expect(babyDay(birthAt - 1, birthAt)).toBe(-1)
  })
})

describe('how far apart dates are decides how they are written', () => {
  it('uses weekday and time below six days, day and month for weeks, the year for half a year', () => {
    expect(dateStyleFor(30 * 60 * 1000)).toBe('weekdayTime')
    expect(dateStyleFor(6 * DAY_MS - HOUR_MS)).toBe('weekdayTime')
    expect(dateStyleFor(6 * DAY_MS)).toBe('dayMonth')
    expect(dateStyleFor(12 * WEEK_MS)).toBe('dayMonth')
    expect(dateStyleFor(181 * DAY_MS)).toBe('short')
  })
})
