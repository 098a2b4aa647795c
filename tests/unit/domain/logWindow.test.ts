import { describe, expect, it } from 'vitest'
import {
  groupByDay,
  LOG_PAGE_SIZE,
  pageLimit,
  pageOf,
  SLEEP_REACH_MS,
  summarySince,
  todaySince,
} from '@/domain/logWindow'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { wet } from './logFixtures'

const T = Date.UTC(2026, 2, 4, 8, 0)
// Newest first, one an hour, as the page query hands them.
const hourly = (count: number) => Array.from({ length: count }, (_, index) => wet(T - index * HOUR_MS))

describe('the log list, a page at a time', () => {
  it('asks for one row more than it shows, to know whether earlier entries exist', () => {
    expect(pageLimit(1)).toBe(LOG_PAGE_SIZE + 1)
    expect(pageLimit(3)).toBe(3 * LOG_PAGE_SIZE + 1)
    expect(pageLimit(2, 5)).toBe(11)
  })

  it('never asks for less than one page', () => {
    expect(pageLimit(0)).toBe(LOG_PAGE_SIZE + 1)
    expect(pageLimit(-2)).toBe(LOG_PAGE_SIZE + 1)
  })

  it('shows a whole page and offers earlier entries only when the extra row came back', () => {
    const exactlyOnePage = pageOf(hourly(LOG_PAGE_SIZE), 1)
    expect(exactlyOnePage.events).toHaveLength(LOG_PAGE_SIZE)
    expect(exactlyOnePage.hasEarlier).toBe(false)

    const onePageAndOne = pageOf(hourly(LOG_PAGE_SIZE + 1), 1)
    expect(onePageAndOne.events).toHaveLength(LOG_PAGE_SIZE)
    expect(onePageAndOne.hasEarlier).toBe(true)
    // The one left out is the oldest.
    expect(onePageAndOne.events.at(-1)!.at).toBe(T - (LOG_PAGE_SIZE - 1) * HOUR_MS)
  })

  it('shows fewer than a page without offering more', () => {
    expect(pageOf(hourly(3), 1)).toEqual({
      events: hourly(3).map((_, index) => expect.objectContaining({ at: T - index * HOUR_MS })),
      hasEarlier: false,
    })
    expect(pageOf([], 1)).toEqual({ events: [], hasEarlier: false })
  })

  it('grows by a page for each "Show earlier"', () => {
    const rows = hourly(2 * LOG_PAGE_SIZE + 1)
    expect(pageOf(rows, 2).events).toHaveLength(2 * LOG_PAGE_SIZE)
    expect(pageOf(rows, 2).hasEarlier).toBe(true)
    expect(pageOf(rows.slice(0, 2 * LOG_PAGE_SIZE), 2).hasEarlier).toBe(false)
  })
})

describe('the range the counts, card and charts read', () => {
  it('reaches fifteen days back, down to the whole hour', () => {
    const now = T + 17 * MINUTE_MS
    expect(summarySince(now)).toBe(T - 15 * DAY_MS)
    expect(summarySince(T)).toBe(T - 15 * DAY_MS)
  })

  it('stays put within the hour, so the query is not redone on every tick', () => {
    expect(summarySince(T + 59 * MINUTE_MS)).toBe(summarySince(T))
    expect(summarySince(T + HOUR_MS)).toBe(summarySince(T) + HOUR_MS)
  })
})

describe("the range today's counts read", () => {
  // Local wall times, whatever zone the tests run in.
  const now = new Date(2026, 2, 4, 9, 30).getTime()
  const midnight = new Date(2026, 2, 4).getTime()

  it("reaches a night's sleep before local midnight without a birth time", () => {
    expect(todaySince(now, null)).toBe(Math.floor((midnight - SLEEP_REACH_MS) / HOUR_MS) * HOUR_MS)
  })

  it('reaches back to the day of life when it began before midnight', () => {
    // Born at 20:00 on 2 March: day of life 2 began at 20:00 yesterday.
    const birthAt = new Date(2026, 2, 2, 20, 0).getTime()
    expect(todaySince(now, birthAt)).toBe(birthAt + DAY_MS - SLEEP_REACH_MS)
  })

  it('keeps to midnight when the day of life began after it', () => {
    const birthAt = new Date(2026, 2, 3, 6, 0).getTime()
    expect(todaySince(now, birthAt)).toBe(Math.floor((midnight - SLEEP_REACH_MS) / HOUR_MS) * HOUR_MS)
  })

  it('stays on the same hour through the morning, so its query is not redone', () => {
    expect(todaySince(now + HOUR_MS, null)).toBe(todaySince(now, null))
  })
})

describe('grouping the entries shown by calendar day', () => {
  it('keeps the days and their entries newest first', () => {
    // Local midnights, whatever zone the tests run in.
    const today = new Date(2026, 2, 4, 9, 0).getTime()
    const lateYesterday = new Date(2026, 2, 3, 23, 50).getTime()
    const earlyYesterday = new Date(2026, 2, 3, 0, 10).getTime()
    const groups = groupByDay([wet(today), wet(lateYesterday), wet(earlyYesterday)])
    expect(groups.map((group) => group.date)).toEqual(['2026-03-04', '2026-03-03'])
    expect(groups[0]!.from).toBe(new Date(2026, 2, 4).getTime())
    expect(groups[1]!.events.map((event) => event.at)).toEqual([lateYesterday, earlyYesterday])
  })

  it('has no days without entries', () => {
    expect(groupByDay([])).toEqual([])
  })
})
