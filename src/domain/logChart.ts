import type { LogEvent } from './babyLog'
import { countsBetween, dayOfLife, dayOfLifeRange } from './logDays'

/** Two weeks fit a phone's width with one readable bar per day, and the log keeps them in memory. */
export const CHART_DAYS = 14

export interface ChartDay {
  /** Day of life, as in the day counts: the Nth 24 hours from the birth instant. */
  day: number
  from: number
  to: number
  /** False for today's block, which is still filling. */
  complete: boolean
  /** Anything a chart shows was logged in it: a day without entries is not a day of zero feeds. */
  hasData: boolean
  feeds: number
  wet: number
  dirty: number
  sleepMs: number
}

export interface ChartRange {
  min: number
  max: number
}

export interface ChartSummary {
  firstDay: number
  lastDay: number
  feeds: ChartRange
  wet: ChartRange
  dirty: ChartRange
  sleepMs: ChartRange
}

/** A sleep still running counts up to now, so tonight's bar grows while the baby sleeps. */
function withRunningSleepEnded(events: readonly LogEvent[], now: number): LogEvent[] {
  return events.map((event) =>
    event.kind === 'sleep' && event.end === null ? { ...event, end: Math.max(now, event.at) } : event,
  )
}

/**
 * Feeds, nappies and sleep for the last `maxDays` days of life up to today's (fewer while the baby is
 * younger), oldest first, in the same 24-hour blocks as the day counts.
 */
export function chartDays(
  events: readonly LogEvent[],
  birthAt: number | null,
  now: number,
  maxDays = CHART_DAYS,
): ChartDay[] {
  if (birthAt === null || now < birthAt) return []
  const today = dayOfLife(now, birthAt)
  const counted = withRunningSleepEnded(events, now)
  const days: ChartDay[] = []
  for (let day = Math.max(1, today - maxDays + 1); day <= today; day += 1) {
    const { from, to } = dayOfLifeRange(day, birthAt)
    const counts = countsBetween(counted, from, to)
    days.push({
      day,
      from,
      to,
      complete: to <= now,
      hasData: counts.feeds + counts.wet + counts.dirty > 0 || counts.sleepMs > 0,
      feeds: counts.feeds,
      wet: counts.wet,
      dirty: counts.dirty,
      sleepMs: counts.sleepMs,
    })
  }
  return days
}

/** A chart of one day says nothing a day count does not. */
export const hasChart = (days: readonly ChartDay[]) => days.filter((day) => day.hasData).length >= 2

const rangeOf = (values: number[]): ChartRange => ({ min: Math.min(...values), max: Math.max(...values) })

/**
 * The spread per day over the whole days with entries: today's block is left out, as its few hours
 * would read as a low day, and so are days nothing was logged on.
 */
export function chartSummary(days: readonly ChartDay[]): ChartSummary | null {
  const whole = days.filter((day) => day.complete && day.hasData)
  if (whole.length === 0) return null
  return {
    firstDay: whole[0]!.day,
    lastDay: whole.at(-1)!.day,
    feeds: rangeOf(whole.map((day) => day.feeds)),
    wet: rangeOf(whole.map((day) => day.wet)),
    dirty: rangeOf(whole.map((day) => day.dirty)),
    sleepMs: rangeOf(whole.map((day) => day.sleepMs)),
  }
}

/**
 * The top of a chart's scale: the largest value rounded up to a whole number of `step`s (at least
 * one), so the grid lines fall on round figures.
 */
export function scaleTop(largest: number, step: number): number {
  return Math.max(step, Math.ceil(largest / step) * step)
}
