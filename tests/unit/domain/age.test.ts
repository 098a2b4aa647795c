import { describe, expect, it } from 'vitest'
import { ageAt } from '@/domain/age'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '@/domain/time'

const birthAt = Date.UTC(2026, 2, 1, 3, 20)

describe('age', () => {
  it('calls the first minute just born', () => {
    expect(ageAt(birthAt, birthAt + 59_999)).toEqual({ kind: 'justBorn' })
    expect(ageAt(birthAt, birthAt - MINUTE_MS)).toEqual({ kind: 'justBorn' })
  })

  it('counts minutes in the first hour', () => {
    expect(ageAt(birthAt, birthAt + 42 * MINUTE_MS + 30_000)).toEqual({ kind: 'minutes', minutes: 42 })
    expect(ageAt(birthAt, birthAt + HOUR_MS - 1)).toEqual({ kind: 'minutes', minutes: 59 })
  })

  it('counts hours and minutes on the first day', () => {
    expect(ageAt(birthAt, birthAt + HOUR_MS)).toEqual({ kind: 'hoursMinutes', hours: 1, minutes: 0 })
    expect(ageAt(birthAt, birthAt + 2 * HOUR_MS + 10 * MINUTE_MS)).toEqual({
      kind: 'hoursMinutes',
      hours: 2,
      minutes: 10,
    })
    expect(ageAt(birthAt, birthAt + DAY_MS - 1)).toEqual({ kind: 'hoursMinutes', hours: 23, minutes: 59 })
  })

  it('counts days in the first two weeks', () => {
    expect(ageAt(birthAt, birthAt + DAY_MS)).toEqual({ kind: 'days', days: 1 })
    expect(ageAt(birthAt, birthAt + 3 * DAY_MS + 5 * HOUR_MS)).toEqual({ kind: 'days', days: 3 })
    expect(ageAt(birthAt, birthAt + 2 * WEEK_MS - 1)).toEqual({ kind: 'days', days: 13 })
  })

  it('counts weeks and days from two weeks on', () => {
    expect(ageAt(birthAt, birthAt + 2 * WEEK_MS)).toEqual({ kind: 'weeksDays', weeks: 2, days: 0 })
    expect(ageAt(birthAt, birthAt + 5 * WEEK_MS + 2 * DAY_MS + HOUR_MS)).toEqual({
      kind: 'weeksDays',
      weeks: 5,
      days: 2,
    })
  })
})
