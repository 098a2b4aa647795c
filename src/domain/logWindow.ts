import type { LogEvent } from './babyLog'
import { calendarDayRange, dayOfLife, dayOfLifeRange } from './logDays'
import { DAY_MS, HOUR_MS } from './time'

/**
 * What the log page reads, so that a year of twins (20,000 entries) opens as fast as a first week:
 * the list shows the newest page of entries and grows a page at a time; the counts, the "enough"
 * card, the findings and the charts read a short range of time off the `at` index.
 */

/** About a day and a night of feeds and nappies for one baby: the list's first screen and each "Show earlier". */
export const LOG_PAGE_SIZE = 30

/**
 * How far back the counts, the card and the charts read: the chart's 14 days of life and the day
 * before the first of them (the card compares yesterday), with room for a feed or sleep begun before it.
 */
export const SUMMARY_DAYS = 15

/** How many rows to ask for to show `pages` pages: one more than shown, to know whether earlier ones exist. */
export function pageLimit(pages: number, size = LOG_PAGE_SIZE): number {
  return Math.max(1, Math.floor(pages)) * size + 1
}

export interface LogPage {
  /** Newest first, at most `pages` pages. */
  events: LogEvent[]
  /** More entries lie before the oldest one shown. */
  hasEarlier: boolean
}

/** The page shown from the rows asked for with pageLimit (newest first). */
export function pageOf(rows: readonly LogEvent[], pages: number, size = LOG_PAGE_SIZE): LogPage {
  const shown = pageLimit(pages, size) - 1
  return { events: rows.slice(0, shown), hasEarlier: rows.length > shown }
}

/**
 * Where the summary range starts: SUMMARY_DAYS before now, moved down to the whole hour so the
 * query is not redone on every tick of the clock.
 */
export function summarySince(now: number, days = SUMMARY_DAYS): number {
  return Math.floor((now - days * DAY_MS) / HOUR_MS) * HOUR_MS
}

/** A sleep begun this long before a day still counts its part in that day: a night's sleep fits. */
export const SLEEP_REACH_MS = 12 * HOUR_MS

/**
 * Where today's counts start reading: the earlier of today's local midnight and the start of the
 * current day of life (the two columns of the day counts), less a night's sleep begun before it,
 * down to the whole hour.
 */
export function todaySince(now: number, birthAt: number | null): number {
  const midnight = calendarDayRange(now).from
  const lifeDay = birthAt !== null && now >= birthAt ? dayOfLifeRange(dayOfLife(now, birthAt), birthAt).from : midnight
  return Math.floor((Math.min(midnight, lifeDay) - SLEEP_REACH_MS) / HOUR_MS) * HOUR_MS
}

export interface LogDayGroup {
  /** The local calendar date, YYYY-MM-DD. */
  date: string
  /** The day's local midnight. */
  from: number
  events: LogEvent[]
}

/**
 * The entries shown, grouped by the parent's calendar day, newest day first. Expects them newest
 * first (as pageOf hands them), so every day's entries stay newest first too.
 */
export function groupByDay(events: readonly LogEvent[]): LogDayGroup[] {
  const groups: LogDayGroup[] = []
  for (const event of events) {
    const day = calendarDayRange(event.at)
    const last = groups.at(-1)
    if (last && last.date === day.date) last.events.push(event)
    else groups.push({ date: day.date, from: day.from, events: [event] })
  }
  return groups
}
