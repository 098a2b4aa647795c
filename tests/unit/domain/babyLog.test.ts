import { describe, expect, it } from 'vitest'
import {
  elapsed,
  feedDuration,
  feedSides,
  isRunning,
  pauseFeed,
  resumeFeed,
  runningEvents,
  sinceLastFeed,
  startFeed,
  suggestedNextSide,
  switchSide,
  validateLogContent,
  visibleEvents,
  type LogContent,
} from '@/domain/babyLog'
import { MINUTE_MS } from '@/domain/time'
import { feed, logEvent, wet } from './logFixtures'

const T = Date.UTC(2026, 2, 4, 8, 0)
const min = (n: number) => n * MINUTE_MS

describe('feed timer', () => {
  it('derives the time from the stored start, whatever happened to the page in between', () => {
    const started = startFeed('left', T)
    expect(isRunning({ ...started, at: T, note: '' })).toBe(true)
    expect(feedDuration(started.segments, T + min(12))).toBe(min(12))
    // A reload an hour later reads the same instants and shows the same figure.
    expect(elapsed({ ...started, at: T, note: '' }, T + min(60))).toBe(min(60))
  })

  it('does not count a pause, and resumes on the same side', () => {
    let segments = startFeed('left', T).segments
    segments = pauseFeed(segments, T + min(5))
    segments = resumeFeed(segments, T + min(15))
    expect(segments.map((segment) => segment.side)).toEqual(['left', 'left'])
    expect(feedDuration(segments, T + min(20))).toBe(min(10))
  })

  it('switches side by closing one segment and opening the other', () => {
    const segments = switchSide(startFeed('right', T).segments, T + min(8))
    expect(segments).toEqual([
      { side: 'right', start: T, end: T + min(8) },
      { side: 'left', start: T + min(8), end: null },
    ])
    expect(feedSides(segments)).toBe('both')
    expect(feedSides(segments.slice(0, 1))).toBe('right')
  })

  it('suggests starting on the other side from the side the last feed ended on', () => {
    const last = logEvent(T, {
      kind: 'breastfeed',
      segments: switchSide(startFeed('left', T).segments, T + min(5)),
      paused: false,
    })
    const older = logEvent(T - min(180), startFeed('left', T - min(180)))
    // The last feed began on the left and ended on the right: the left is next.
    expect(suggestedNextSide([older, last])).toBe('left')
    expect(suggestedNextSide([older, { ...last, deleted: true }])).toBe('right')
    expect(suggestedNextSide([])).toBeNull()
  })

  it('keeps a paused feed among the running timers', () => {
    const paused = logEvent(T, {
      kind: 'breastfeed',
      segments: pauseFeed(startFeed('left', T).segments, T + min(3)),
      paused: true,
    })
    const done = feed(T - min(200))
    const sleeping = logEvent(T, { kind: 'sleep', end: null })
    expect(runningEvents([paused, done, sleeping])).toEqual([paused, sleeping])
  })
})

describe('since the last feed', () => {
  it('counts from the start by default and from the end when chosen', () => {
    const events = [
      feed(T, 20),
      feed(T - min(180)),
      logEvent(T + min(30), { kind: 'nappy', contents: 'wet', stool: null }),
    ]
    expect(sinceLastFeed(events, T + min(90), 'start')).toBe(min(90))
    expect(sinceLastFeed(events, T + min(90), 'end')).toBe(min(70))
  })

  it('counts a bottle as a feed, ignores deleted feeds and is null without any', () => {
    const bottle = logEvent(T, { kind: 'bottle', milk: 'formula', ml: 60 })
    expect(sinceLastFeed([bottle, { ...feed(T + min(10)), deleted: true }], T + min(30), 'end')).toBe(min(30))
    expect(sinceLastFeed([wet(T)], T, 'start')).toBeNull()
  })

  it('is zero from the end while a feed still runs', () => {
    expect(sinceLastFeed([logEvent(T, startFeed('left', T))], T + min(9), 'end')).toBe(0)
  })
})

describe('validateLogContent', () => {
  const base = { at: T, note: '' }
  const errorsOf = (content: LogContent) => {
    const result = validateLogContent(content, T)
    return result.ok ? {} : result.errors
  }

  it('accepts a valid entry of every kind and trims the note', () => {
    const valid: LogContent[] = [
      { ...base, ...startFeed('left', T) },
      { ...base, kind: 'bottle', milk: 'expressed', ml: 60 },
      { ...base, kind: 'expressing', leftMl: 0, rightMl: 40 },
      { ...base, kind: 'nappy', contents: 'both', stool: 'yellow' },
      { ...base, kind: 'sleep', end: null },
      { ...base, kind: 'weight', grams: 3450 },
      { ...base, kind: 'temperature', celsius: 37.2 },
    ]
    for (const content of valid) expect(errorsOf(content), content.kind).toEqual({})
    const result = validateLogContent({ ...base, kind: 'weight', grams: 3450, note: '  after the bath ' }, T)
    expect(result.ok && result.content.note).toBe('after the bath')
  })

  it('refuses a time in the future beyond clock drift', () => {
    expect(errorsOf({ ...base, at: T + min(1), kind: 'weight', grams: 3450 })).toEqual({})
    expect(errorsOf({ ...base, at: T + min(10), kind: 'weight', grams: 3450 })).toEqual({ at: 'inFuture' })
  })

  it('names each field that is out of range', () => {
    expect(errorsOf({ ...base, kind: 'bottle', milk: 'formula', ml: 0 })).toEqual({ ml: 'mlRange' })
    expect(errorsOf({ ...base, kind: 'bottle', milk: 'formula', ml: 501 })).toEqual({ ml: 'mlRange' })
    expect(errorsOf({ ...base, kind: 'expressing', leftMl: 0, rightMl: 0 })).toEqual({ leftMl: 'expressingEmpty' })
    expect(errorsOf({ ...base, kind: 'expressing', leftMl: -1, rightMl: 2.5 })).toEqual({
      leftMl: 'mlRange',
      rightMl: 'mlRange',
    })
    expect(errorsOf({ ...base, kind: 'weight', grams: 34500 })).toEqual({ grams: 'gramsRange' })
    expect(errorsOf({ ...base, kind: 'temperature', celsius: 3.7 })).toEqual({ celsius: 'celsiusRange' })
    expect(errorsOf({ ...base, kind: 'temperature', celsius: Number.NaN })).toEqual({ celsius: 'celsiusRange' })
    expect(errorsOf({ ...base, kind: 'nappy', contents: 'wet', stool: 'pale' })).toEqual({ stool: 'stoolWithoutDirty' })
    expect(errorsOf({ ...base, kind: 'sleep', end: T - 1 })).toEqual({ end: 'endBeforeStart' })
    expect(errorsOf({ ...base, kind: 'weight', grams: 3000, note: 'x'.repeat(501) })).toEqual({ note: 'noteTooLong' })
  })

  it('refuses feed segments out of order or open in the middle', () => {
    const segments = [
      { side: 'left' as const, start: T - min(20), end: null },
      { side: 'right' as const, start: T - min(10), end: T },
    ]
    expect(errorsOf({ ...base, kind: 'breastfeed', segments, paused: false })).toEqual({ segments: 'segmentsInvalid' })
    expect(errorsOf({ ...base, kind: 'breastfeed', segments: [], paused: false })).toEqual({
      segments: 'segmentsInvalid',
    })
  })
})

describe('visibleEvents', () => {
  it('hides tombstones and lists newest first', () => {
    const a = wet(T)
    const b = wet(T + 1)
    const gone = { ...wet(T + 2), deleted: true }
    expect(visibleEvents([a, gone, b])).toEqual([b, a])
  })
})
