import type { JournalEntry, MoodLevel } from './journal'
import { babyDay, DAY_MS } from './time'

/** The two lowest steps of the scale. */
export function isLowMood(mood: MoodLevel): boolean {
  return mood <= 2
}

/** What the chart needs of an entry, and nothing more. */
export type MoodPoint = Pick<JournalEntry, 'at' | 'mood'>

export interface DaySummary {
  day: number
  count: number
  mean: number
  min: MoodLevel
  max: MoodLevel
  lowCount: number
}

/** One summary per day of the baby's age with entries, oldest first; entries before the birth are left out. */
export function dailySummaries(points: readonly MoodPoint[], birthAt: number | null): DaySummary[] {
  if (birthAt === null) return []
  const byDay = new Map<number, DaySummary & { sum: number }>()
  for (const { at, mood } of points) {
    const day = babyDay(at, birthAt)
    if (day < 0) continue
    const summary = byDay.get(day)
    if (!summary) {
      byDay.set(day, { day, count: 1, sum: mood, mean: mood, min: mood, max: mood, lowCount: isLowMood(mood) ? 1 : 0 })
      continue
    }
    summary.count += 1
    summary.sum += mood
    summary.mean = summary.sum / summary.count
    if (mood < summary.min) summary.min = mood
    if (mood > summary.max) summary.max = mood
    if (isLowMood(mood)) summary.lowCount += 1
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day).map(({ sum: _sum, ...summary }) => summary)
}

export interface WeekSummary {
  /** 0 = the baby's first week (days 0–6). */
  week: number
  count: number
  mean: number
  lowCount: number
}

export function weeklySummaries(days: readonly DaySummary[]): WeekSummary[] {
  const byWeek = new Map<number, { week: number; count: number; sum: number; lowCount: number }>()
  for (const day of days) {
    const week = Math.floor(day.day / 7)
    const summary = byWeek.get(week) ?? { week, count: 0, sum: 0, lowCount: 0 }
    summary.count += day.count
    summary.sum += day.mean * day.count
    summary.lowCount += day.lowCount
    byWeek.set(week, summary)
  }
  return [...byWeek.values()]
    .sort((a, b) => a.week - b.week)
    .map(({ week, count, sum, lowCount }) => ({ week, count, mean: sum / count, lowCount }))
}

export type MoodTrend = 'brighter' | 'lower' | 'steady'

/** Half a step on the five-step scale: less is noise in how people rate a day. */
const TREND_THRESHOLD = 0.5
const TREND_MIN_ENTRIES = 2

/** The last seven days against the seven before; null while either week has too few entries to say. */
export function moodTrend(points: readonly MoodPoint[], now: number): MoodTrend | null {
  const recent: number[] = []
  const before: number[] = []
  for (const { at, mood } of points) {
    const age = now - at
    if (age < 0) continue
    if (age < 7 * DAY_MS) recent.push(mood)
    else if (age < 14 * DAY_MS) before.push(mood)
  }
  if (recent.length < TREND_MIN_ENTRIES || before.length < TREND_MIN_ENTRIES) return null
  const mean = (moods: number[]) => moods.reduce((sum, mood) => sum + mood, 0) / moods.length
  const change = mean(recent) - mean(before)
  if (change >= TREND_THRESHOLD) return 'brighter'
  if (change <= -TREND_THRESHOLD) return 'lower'
  return 'steady'
}

/** The usual baby-blues days (fact sheet, section 1: about day 3 to 10; blues do not last beyond two weeks). */
export const BLUES_WINDOW = { firstDay: 3, lastDay: 10 } as const

/**
 * The noticing rule's edges. Blues fade within two weeks, so low mood that is still there and has
 * lasted about two weeks, once the baby is past day 14, is worth raising with a clinician (fact sheet,
 * section 2). "Still there": the latest entry is low. "About two weeks": low entries both in the
 * older week of the window and in the last week, on at least three different days. "Very low" weighs
 * twice "low"; entries that are okay or better weigh against, one each. Sparse journals count too:
 * three "very low" entries across the two weeks are enough.
 */
export const NOTICING = {
  windowDays: 14,
  halfDays: 7,
  minLowDays: 3,
  minLowWeight: 4,
  minBabyAgeDays: 14,
} as const

/** How much an entry says about lasting low mood: very low 2, low 1, otherwise 0. */
export function lowWeight(mood: MoodLevel): number {
  return mood === 1 ? 2 : mood === 2 ? 1 : 0
}

export type Notice = 'urgent' | 'lastingLow'

export type NoticedEntry = Pick<JournalEntry, 'at' | 'mood' | 'harmThoughts'>

/** The entries the rule looks at: those written in the last two weeks (and any dated ahead of now). */
export function inNoticingWindow(at: number, now: number): boolean {
  return now - at < NOTICING.windowDays * DAY_MS
}

/**
 * Never a diagnosis: a prompt to talk to someone. Thoughts of harm in the last two weeks always come
 * first, whatever the baby's age or the moods around them.
 */
export function noticeFor(entries: readonly NoticedEntry[], birthAt: number | null, now: number): Notice | null {
  const recent = entries.filter((entry) => inNoticingWindow(entry.at, now))
  if (recent.some((entry) => entry.harmThoughts === true)) return 'urgent'
  if (birthAt === null || now - birthAt <= NOTICING.minBabyAgeDays * DAY_MS) return null
  if (recent.length === 0) return null
  const latest = recent.reduce((last, entry) => (entry.at > last.at ? entry : last))
  if (!isLowMood(latest.mood)) return null
  const low = recent.filter((entry) => isLowMood(entry.mood))
  const daysAgo = (entry: NoticedEntry) => Math.floor((now - entry.at) / DAY_MS)
  if (!low.some((entry) => daysAgo(entry) >= NOTICING.halfDays)) return null
  if (!low.some((entry) => daysAgo(entry) < NOTICING.halfDays)) return null
  if (new Set(low.map(daysAgo)).size < NOTICING.minLowDays) return null
  const weight = low.reduce((sum, entry) => sum + lowWeight(entry.mood), 0)
  const fine = recent.length - low.length
  return weight >= NOTICING.minLowWeight && weight > fine ? 'lastingLow' : null
}
