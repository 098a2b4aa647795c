import { describe, expect, it } from 'vitest'
import type { MoodLevel } from '@/domain/journal'
import { dailySummaries, moodTrend, noticeFor, weeklySummaries, type NoticedEntry } from '@/domain/mood'
import { DAY_MS } from '@/domain/time'

const birthAt = Date.UTC(2026, 2, 1, 4, 30)
const HOUR = 60 * 60 * 1000

// The baby's day itself is tested with babyDay in time.test.ts; here only what the mood rules add.
describe('before a birth time is known', () => {
  it('has no daily summaries to chart', () => {
    expect(dailySummaries([{ at: birthAt, mood: 3 }], null)).toEqual([])
  })
})

describe('daily and weekly summaries', () => {
  const at = (day: number, hour = 0) => birthAt + day * DAY_MS + hour * HOUR
  const points = [
    { at: at(0, 1), mood: 4 as MoodLevel },
    { at: at(3, 2), mood: 1 as MoodLevel },
    { at: at(3, 20), mood: 2 as MoodLevel },
    { at: at(3, 22), mood: 4 as MoodLevel },
    { at: at(8), mood: 5 as MoodLevel },
    { at: at(-2), mood: 3 as MoodLevel },
  ]

  it('summarises each day of the baby age, oldest first, leaving out days before the birth', () => {
    expect(dailySummaries(points, birthAt)).toEqual([
      { day: 0, count: 1, mean: 4, min: 4, max: 4, lowCount: 0 },
      { day: 3, count: 3, mean: 7 / 3, min: 1, max: 4, lowCount: 2 },
      { day: 8, count: 1, mean: 5, min: 5, max: 5, lowCount: 0 },
    ])
  })

  it('has no days to show without a birth time', () => {
    expect(dailySummaries(points, null)).toEqual([])
  })

  it('weighs each week by its entries, not by its days', () => {
    expect(weeklySummaries(dailySummaries(points, birthAt))).toEqual([
      { week: 0, count: 4, mean: 11 / 4, lowCount: 2 },
      { week: 1, count: 1, mean: 5, lowCount: 0 },
    ])
  })
})

describe('moodTrend', () => {
  const now = Date.UTC(2026, 4, 1, 12)
  const entry = (daysAgo: number, mood: MoodLevel) => ({ at: now - daysAgo * DAY_MS, mood })

  it('says brighter when the last week is at least half a step above the week before', () => {
    expect(moodTrend([entry(1, 3), entry(2, 4), entry(8, 3), entry(9, 3)], now)).toBe('brighter')
  })

  it('says lower when it is at least half a step below', () => {
    expect(moodTrend([entry(1, 2), entry(2, 3), entry(8, 3), entry(9, 3)], now)).toBe('lower')
  })

  it('says steady for smaller changes', () => {
    expect(moodTrend([entry(1, 3), entry(2, 3), entry(3, 4), entry(8, 3), entry(9, 3)], now)).toBe('steady')
  })

  it('says nothing while a week has fewer than two entries', () => {
    expect(moodTrend([entry(1, 1), entry(2, 1), entry(8, 5)], now)).toBeNull()
  })
})

describe('noticeFor', () => {
  const now = birthAt + 30 * DAY_MS
  const entry = (daysAgo: number, mood: MoodLevel, harmThoughts?: boolean): NoticedEntry => ({
    at: now - daysAgo * DAY_MS,
    mood,
    harmThoughts,
  })
  const lowSpread = [entry(0.5, 1), entry(3, 2), entry(7, 2), entry(10, 4)]

  it('notices lasting low mood when more than half of four entries over three days are low', () => {
    expect(noticeFor(lowSpread, birthAt, now)).toBe('lastingLow')
  })

  it('does not notice when exactly half of the entries are low', () => {
    expect(noticeFor([entry(1, 1), entry(3, 2), entry(7, 4), entry(10, 3)], birthAt, now)).toBeNull()
  })

  it('needs at least four entries', () => {
    expect(noticeFor([entry(1, 1), entry(3, 1), entry(7, 1)], birthAt, now)).toBeNull()
  })

  it('needs the entries spread over at least three days', () => {
    expect(noticeFor([entry(0.1, 1), entry(0.2, 1), entry(1.1, 1), entry(1.2, 2)], birthAt, now)).toBeNull()
    expect(noticeFor([entry(0.1, 1), entry(0.2, 1), entry(1.1, 1), entry(2.2, 2)], birthAt, now)).toBe('lastingLow')
  })

  it('looks only at the last 14 days', () => {
    const old = [entry(14, 1), entry(15, 1), entry(20, 1)]
    expect(noticeFor([...old, entry(1, 4), entry(2, 1), entry(3, 5), entry(13.9, 1)], birthAt, now)).toBeNull()
    expect(noticeFor([...old, entry(1, 1), entry(2, 1), entry(3, 5), entry(13.9, 1)], birthAt, now)).toBe('lastingLow')
  })

  it('waits until the baby is more than 14 days old, because the blues can last that long', () => {
    const at14Days = birthAt + 14 * DAY_MS
    const low = [1, 2, 3, 4].map((daysAgo) => ({ at: at14Days - daysAgo * HOUR * 20, mood: 1 as MoodLevel }))
    expect(noticeFor(low, birthAt, at14Days)).toBeNull()
    expect(noticeFor(low, birthAt, at14Days + 1)).toBe('lastingLow')
  })

  it('does not notice lasting low mood without a birth time', () => {
    expect(noticeFor(lowSpread, null, now)).toBeNull()
  })

  it('is urgent when any entry of the last 14 days flags thoughts of harm, whatever the age or mood', () => {
    expect(noticeFor([entry(2, 5, true)], birthAt, birthAt + DAY_MS)).toBe('urgent')
    expect(noticeFor([entry(13.9, 4, true), ...lowSpread], null, now)).toBe('urgent')
  })

  it('is no longer urgent once that entry is more than 14 days old', () => {
    expect(noticeFor([entry(14, 4, true)], birthAt, now)).toBeNull()
  })
})
