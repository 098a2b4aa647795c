import { describe, expect, it } from 'vitest'
import type { Baby } from '@/domain/babyLog'
import type { Question } from '@/domain/questions'
import { SHEET_WEIGHTS, sheetDayRanges, visitSheet } from '@/domain/visitSheet'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { dirty, feed, logEvent, wet } from './logFixtures'

const BIRTH = Date.UTC(2026, 1, 20, 3, 30)
const stampOf = (n: number) => `${String(n).padStart(15, '0')}:000000:test-device`

const baby = (id: string, extra: Partial<Baby> = {}): Baby => ({
  id,
  name: null,
  colour: null,
  birthWeightGrams: null,
  createdAt: stampOf(1),
  updatedAt: stampOf(1),
  deleted: false,
  ...extra,
})

const question = (id: string, askedAt: number | null, deleted = false): Question => ({
  id,
  text: `question ${id}`,
  askedAt,
  createdAt: stampOf(2),
  updatedAt: stampOf(2),
  deleted,
})

describe('the days on the care-visit sheet', () => {
  it('are the last seven days of life, oldest first, the running one marked as today', () => {
    const now = BIRTH + 9 * DAY_MS + 5 * HOUR_MS
    const days = sheetDayRanges(BIRTH, now)
    expect(days.map((day) => day.day)).toEqual([4, 5, 6, 7, 8, 9, 10])
    expect(days.map((day) => day.today)).toEqual([false, false, false, false, false, false, true])
    expect(days[0]!.from).toBe(BIRTH + 3 * DAY_MS)
    expect(days[6]!.to).toBe(BIRTH + 10 * DAY_MS)
  })

  it('are fewer for a baby younger than a week, and none before the birth', () => {
    expect(sheetDayRanges(BIRTH, BIRTH + 2 * DAY_MS + HOUR_MS).map((day) => day.day)).toEqual([1, 2, 3])
    expect(sheetDayRanges(BIRTH, BIRTH)).toHaveLength(1)
    expect(sheetDayRanges(BIRTH, BIRTH - 1)).toEqual([])
  })

  it('count feeds, wet and dirty nappies and sleep per day of life, edges in the day they start', () => {
    const now = BIRTH + 7 * DAY_MS + HOUR_MS
    const day2 = BIRTH + DAY_MS
    const events = [
      feed(day2),
      feed(day2 + 3 * HOUR_MS),
      wet(day2 + HOUR_MS),
      logEvent(day2 + 2 * HOUR_MS, { kind: 'nappy', contents: 'both', stool: 'greenBrown' }),
      dirty(BIRTH + 2 * DAY_MS - 1),
      // A sleep across the edge of day 3 counts in each day for the part in it.
      logEvent(BIRTH + 3 * DAY_MS - HOUR_MS, { kind: 'sleep', end: BIRTH + 3 * DAY_MS + 2 * HOUR_MS }),
      wet(BIRTH + 4 * DAY_MS, { deleted: true }),
    ]
    const sheet = visitSheet({ birthAt: BIRTH, dueDate: null, now, babies: [], events, questions: [] })
    const [only] = sheet.babies
    expect(only!.days.map((day) => day.day)).toEqual([2, 3, 4, 5, 6, 7, 8])
    expect(only!.days[0]!.counts).toMatchObject({ feeds: 2, wet: 2, dirty: 2, sleepMs: 0 })
    expect(only!.days[1]!.counts).toMatchObject({ feeds: 0, wet: 0, dirty: 0, sleepMs: HOUR_MS })
    expect(only!.days[2]!.counts).toMatchObject({ wet: 0, sleepMs: 2 * HOUR_MS })
  })
})

describe('each baby on the sheet', () => {
  it('has its own counts, weights and temperatures when there are twins', () => {
    const now = BIRTH + 5 * DAY_MS
    const events = [
      wet(BIRTH + DAY_MS, { babyId: 'a' }),
      wet(BIRTH + DAY_MS + HOUR_MS, { babyId: 'b' }),
      wet(BIRTH + DAY_MS + 2 * HOUR_MS, { babyId: 'b' }),
      logEvent(BIRTH + 3 * DAY_MS, { kind: 'weight', grams: 2300 }, { babyId: 'a' }),
      logEvent(BIRTH + 3 * DAY_MS, { kind: 'temperature', celsius: 37.1 }, { babyId: 'b' }),
    ]
    const babies = [baby('a', { birthWeightGrams: 2500 }), baby('b', { birthWeightGrams: 2400 })]
    const sheet = visitSheet({ birthAt: BIRTH, dueDate: null, now, babies, events, questions: [] })
    expect(sheet.babies.map((one) => one.id)).toEqual(['a', 'b'])
    expect(sheet.babies.map((one) => one.days[1]!.counts.wet)).toEqual([1, 2])
    expect(sheet.babies[0]!.weights).toEqual([
      { at: BIRTH + 3 * DAY_MS, grams: 2300, changePercent: -8, lengthCm: null, headCm: null },
    ])
    expect(sheet.babies[1]!.weights).toEqual([])
    expect(sheet.babies[1]!.temperatures).toEqual([{ at: BIRTH + 3 * DAY_MS, celsius: 37.1 }])
  })

  it('reads the change from a weight in the first 24 hours without a birth weight, and keeps the latest weights', () => {
    const now = BIRTH + 60 * DAY_MS
    const weights = Array.from({ length: 12 }, (_, index) =>
      logEvent(BIRTH + HOUR_MS + index * 5 * DAY_MS, { kind: 'weight', grams: 3500 + index * 100 }),
    )
    const sheet = visitSheet({ birthAt: BIRTH, dueDate: null, now, babies: [], events: weights, questions: [] })
    const [only] = sheet.babies
    expect(only!.birthWeightGrams).toBe(3500)
    expect(only!.weights).toHaveLength(SHEET_WEIGHTS)
    expect(only!.weights.at(-1)).toEqual({
      at: BIRTH + HOUR_MS + 55 * DAY_MS,
      grams: 4600,
      changePercent: 31.4,
      lengthCm: null,
      headCm: null,
    })
  })

  it('leaves the change out without any birth weight, and temperatures older than the week off', () => {
    const now = BIRTH + 10 * DAY_MS
    const events = [
      logEvent(BIRTH + 4 * DAY_MS, { kind: 'weight', grams: 3300 }),
      logEvent(BIRTH + DAY_MS, { kind: 'temperature', celsius: 38.2 }),
      logEvent(BIRTH + 9 * DAY_MS, { kind: 'temperature', celsius: 36.9 }),
    ]
    const [only] = visitSheet({ birthAt: BIRTH, dueDate: null, now, babies: [], events, questions: [] }).babies
    expect(only!.weights[0]!.changePercent).toBeNull()
    expect(only!.temperatures.map((temperature) => temperature.celsius)).toEqual([36.9])
  })
})

describe('the rest of the sheet', () => {
  it('gives the corrected age for a baby born at 32 weeks, and none at term', () => {
    // Due 8 weeks after the birth: born at 32 weeks.
    const now = BIRTH + 16 * 7 * DAY_MS
    const early = visitSheet({ birthAt: BIRTH, dueDate: '2026-04-17', now, babies: [], events: [], questions: [] })
    expect(early.ageMs).toBe(16 * 7 * DAY_MS)
    expect(early.correctedAgeMs).toBe(8 * 7 * DAY_MS)
    expect(early.gestation).toMatchObject({ weeks: 32, days: 0 })
    const term = visitSheet({ birthAt: BIRTH, dueDate: '2026-02-22', now, babies: [], events: [], questions: [] })
    expect(term.correctedAgeMs).toBeNull()
    expect(term.gestation).toBeNull()
  })

  it('lists questions still to ask and those asked, never deleted ones', () => {
    const questions = [question('1', null), question('2', BIRTH + DAY_MS), question('3', null, true)]
    const sheet = visitSheet({
      birthAt: BIRTH,
      dueDate: null,
      now: BIRTH + 2 * DAY_MS,
      babies: [],
      events: [],
      questions,
    })
    expect(sheet.openQuestions.map((item) => item.id)).toEqual(['1'])
    expect(sheet.askedQuestions.map((item) => item.id)).toEqual(['2'])
  })

  it('leaves the mood off unless it is passed, and then gives the trend and each day’s mean', () => {
    const now = BIRTH + 14 * DAY_MS + HOUR_MS
    const moodPoints = [
      { at: BIRTH + 2 * DAY_MS, mood: 2 as const },
      { at: BIRTH + 3 * DAY_MS, mood: 2 as const },
      { at: BIRTH + 12 * DAY_MS, mood: 4 as const },
      { at: BIRTH + 12 * DAY_MS + HOUR_MS, mood: 3 as const },
    ]
    const input = { birthAt: BIRTH, dueDate: null, now, babies: [], events: [], questions: [] }
    expect(visitSheet(input).mood).toBeNull()
    expect(visitSheet({ ...input, moodPoints: null }).mood).toBeNull()
    const mood = visitSheet({ ...input, moodPoints }).mood!
    expect(mood.trend).toBe('brighter')
    expect(mood.days.map((day) => day.day)).toEqual([9, 10, 11, 12, 13, 14, 15])
    expect(mood.days.find((day) => day.day === 13)).toEqual({ day: 13, mean: 3.5, count: 2 })
    expect(mood.days.find((day) => day.day === 9)).toEqual({ day: 9, mean: null, count: 0 })
  })
})
