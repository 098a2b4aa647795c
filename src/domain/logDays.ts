import { isFeed, type LogEvent } from './babyLog'
import { DAY_MS, localDateOf } from './time'

export interface DayCounts {
  feeds: number
  breastfeeds: number
  bottles: number
  wet: number
  dirty: number
  sleepMs: number
}

const empty = (): DayCounts => ({ feeds: 0, breastfeeds: 0, bottles: 0, wet: 0, dirty: 0, sleepMs: 0 })

function add(counts: DayCounts, event: LogEvent, from: number, to: number): void {
  if (event.at >= from && event.at < to) {
    if (isFeed(event)) counts.feeds += 1
    if (event.kind === 'breastfeed') counts.breastfeeds += 1
    if (event.kind === 'bottle') counts.bottles += 1
    if (event.kind === 'nappy') {
      if (event.contents !== 'dirty') counts.wet += 1
      if (event.contents !== 'wet') counts.dirty += 1
    }
  }
  // A sleep across the block's edge counts in each block for the part that lies in it.
  if (event.kind === 'sleep' && event.end !== null) {
    counts.sleepMs += Math.max(0, Math.min(event.end, to) - Math.max(event.at, from))
  }
}

/** Counts for one block of time [from, to): a day of life or a calendar day. */
export function countsBetween(events: readonly LogEvent[], from: number, to: number): DayCounts {
  const counts = empty()
  for (const event of events) if (!event.deleted) add(counts, event, from, to)
  return counts
}

/**
 * Day of life N (N ≥ 1) is the Nth 24 hours after the birth instant, as midwives count them:
 * day 1 is the first 24 hours, whatever the clock or the calendar shows.
 */
export function dayOfLife(at: number, birthAt: number): number {
  return Math.floor((at - birthAt) / DAY_MS) + 1
}

export function dayOfLifeRange(day: number, birthAt: number): { from: number; to: number } {
  const from = birthAt + (day - 1) * DAY_MS
  return { from, to: from + DAY_MS }
}

/**
 * The local calendar day an instant falls in, as [midnight, next midnight): 23 or 25 hours long
 * on a daylight-saving night. Found by walking local dates, not by adding 24 hours.
 */
export function calendarDayRange(at: number): { date: string; from: number; to: number } {
  const day = new Date(at)
  const from = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime()
  const to = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime()
  return { date: localDateOf(day), from, to }
}

export interface DayPair {
  dayOfLife: { day: number; from: number; to: number; counts: DayCounts } | null
  calendar: { date: string; from: number; to: number; counts: DayCounts }
}

/** Today's counts both ways, side by side: by day of life (when the birth is known) and by calendar day. */
export function countsNow(events: readonly LogEvent[], birthAt: number | null, now: number): DayPair {
  const calendar = calendarDayRange(now)
  const lifeDay = birthAt !== null && now >= birthAt ? dayOfLife(now, birthAt) : null
  const life = lifeDay !== null ? dayOfLifeRange(lifeDay, birthAt!) : null
  return {
    dayOfLife: life ? { day: lifeDay!, ...life, counts: countsBetween(events, life.from, life.to) } : null,
    calendar: { ...calendar, counts: countsBetween(events, calendar.from, calendar.to) },
  }
}

/** Events of one baby, for views that show one baby at a time. */
export function eventsOf(events: readonly LogEvent[], babyId: string): LogEvent[] {
  return events.filter((event) => event.babyId === babyId)
}
