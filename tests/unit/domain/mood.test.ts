import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MoodLevel } from '@/domain/journal'
import { dailySummaries, isLowMood, moodTrend, noticeFor, weeklySummaries, type NoticedEntry } from '@/domain/mood'
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
  // Low across both weeks, still low today.
  const lasting = [entry(12, 2), entry(9, 1), entry(5, 4), entry(3, 2), entry(0.5, 2)]

  it('notices low mood that is recent and has lasted about two weeks', () => {
    expect(noticeFor(lasting, birthAt, now)).toBe('lastingLow')
  })

  it('stays quiet when the latest entry is fine', () => {
    expect(noticeFor([...lasting, entry(0.1, 4)], birthAt, now)).toBeNull()
  })

  it('needs low entries in the older week as well as in the last week', () => {
    expect(noticeFor([entry(6, 1), entry(4, 1), entry(2, 1), entry(0.5, 1)], birthAt, now)).toBeNull()
    expect(noticeFor([entry(13, 1), entry(11, 1), entry(9, 1), entry(8, 4), entry(0.5, 4)], birthAt, now)).toBeNull()
  })

  it('needs low entries on at least three different days', () => {
    expect(noticeFor([entry(10, 1), entry(10.1, 1), entry(0.5, 1), entry(0.6, 1)], birthAt, now)).toBeNull()
  })

  it('weighs "very low" more than "low"', () => {
    expect(noticeFor([entry(12, 2), entry(6, 2), entry(0.5, 2)], birthAt, now)).toBeNull()
    expect(noticeFor([entry(12, 2), entry(6, 1), entry(0.5, 2)], birthAt, now)).toBe('lastingLow')
  })

  it('lets fine entries weigh against low ones', () => {
    const mixed = [entry(12, 2), entry(11, 4), entry(8, 4), entry(6, 2), entry(5, 4), entry(3, 4), entry(1, 2)]
    expect(noticeFor(mixed, birthAt, now)).toBeNull()
  })

  it('looks only at the last 14 days', () => {
    const old = [entry(14, 1), entry(15, 1), entry(20, 1)]
    expect(noticeFor([...old, entry(3, 1), entry(0.5, 1)], birthAt, now)).toBeNull()
  })

  // The cases from the content review: birth at t = 0, now on day 15.
  describe('the review cases', () => {
    const day15 = birthAt + 15 * DAY_MS
    const onDay = (day: number, mood: MoodLevel): NoticedEntry => ({ at: birthAt + day * DAY_MS + HOUR, mood })

    it('stays quiet when the blues are over: low on days 4 to 6, very good on day 13', () => {
      expect(noticeFor([onDay(4, 2), onDay(5, 2), onDay(6, 1), onDay(13, 5)], birthAt, day15)).toBeNull()
    })

    it('stays quiet with low days 4 to 6 and very good days 12 and 14', () => {
      expect(noticeFor([onDay(4, 2), onDay(5, 2), onDay(6, 1), onDay(12, 5), onDay(14, 5)], birthAt, day15)).toBeNull()
    })

    it('notices three "very low" entries on days 3, 8 and 14', () => {
      expect(noticeFor([onDay(3, 1), onDay(8, 1), onDay(14, 1)], birthAt, day15)).toBe('lastingLow')
    })
  })

  it('waits until the baby is more than 14 days old, because the blues can last that long', () => {
    const at14Days = birthAt + 14 * DAY_MS
    const low = [13, 9, 5, 1].map((daysAgo) => ({ at: at14Days - daysAgo * DAY_MS, mood: 1 as MoodLevel }))
    expect(noticeFor(low, birthAt, at14Days)).toBeNull()
    expect(noticeFor(low, birthAt, at14Days + 1)).toBe('lastingLow')
  })

  it('does not notice lasting low mood without a birth time', () => {
    expect(noticeFor(lasting, null, now)).toBeNull()
  })

  it('is urgent when any entry of the last 14 days flags thoughts of harm, whatever the age or mood', () => {
    expect(noticeFor([entry(2, 5, true)], birthAt, birthAt + DAY_MS)).toBe('urgent')
    expect(noticeFor([entry(13.9, 4, true), ...lasting], null, now)).toBe('urgent')
  })

  it('is no longer urgent once that entry is more than 14 days old', () => {
    expect(noticeFor([entry(14, 4, true)], birthAt, now)).toBeNull()
  })
})

describe('noticeFor, over generated journals', () => {
  const now = birthAt + 40 * DAY_MS
  const journal = fc.array(
    fc.record({
      // Before now: an entry generated at the very instant of the "latest" one would tie with it, and
      // which of two entries at one instant is the latest is not what these properties are about
      // (seed -1343800577 found a low one at now beside the fine one, in CI).
      at: fc.integer({ min: now - 20 * DAY_MS, max: now - 1 }),
      mood: fc.constantFrom<MoodLevel>(1, 2, 3, 4, 5),
      harmThoughts: fc.constant(false),
    }),
    { maxLength: 30 },
  )

  it('is quiet whenever the latest entry is fine', () => {
    fc.assert(
      fc.property(journal, fc.constantFrom<MoodLevel>(3, 4, 5), (entries, mood) => {
        const latest = { at: now, mood, harmThoughts: false }
        expect(noticeFor([...entries, latest], birthAt, now)).toBeNull()
      }),
    )
  })

  it('is quiet when no low entry is older than a week', () => {
    fc.assert(
      fc.property(journal, (entries) => {
        const recentOnly = entries.filter((entry) => !isLowMood(entry.mood) || now - entry.at < 7 * DAY_MS)
        expect(noticeFor(recentOnly, birthAt, now)).toBeNull()
      }),
    )
  })

  it('never stops noticing when a "low" becomes "very low"', () => {
    fc.assert(
      fc.property(journal, fc.nat(), (entries, pick) => {
        fc.pre(noticeFor(entries, birthAt, now) === 'lastingLow')
        const lows = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.mood === 2)
        fc.pre(lows.length > 0)
        const { index } = lows[pick % lows.length]!
        const deeper = entries.map((entry, at) => (at === index ? { ...entry, mood: 1 as MoodLevel } : entry))
        expect(noticeFor(deeper, birthAt, now)).toBe('lastingLow')
      }),
    )
  })

  it('ignores entries older than two weeks', () => {
    fc.assert(
      fc.property(journal, journal, (entries, older) => {
        const moved = older.map((entry) => ({ ...entry, at: entry.at - 21 * DAY_MS }))
        expect(noticeFor([...entries, ...moved], birthAt, now)).toBe(noticeFor(entries, birthAt, now))
      }),
    )
  })

  it('is urgent whenever an entry of the last two weeks flags thoughts of harm', () => {
    fc.assert(
      fc.property(journal, fc.integer({ min: 0, max: 13 * DAY_MS }), (entries, ago) => {
        const harm = { at: now - ago, mood: 5 as MoodLevel, harmThoughts: true }
        expect(noticeFor([...entries, harm], birthAt, now)).toBe('urgent')
      }),
    )
  })
})
