import type { Baby, LogEvent } from './babyLog'
import { correctedAgeMs, gestationAtBirth, type Gestation } from './correctedAge'
import { birthWeightOf } from './feedingGuidance'
import { countsBetween, dayOfLife, dayOfLifeRange, type DayCounts } from './logDays'
import { moodTrend, type MoodPoint, type MoodTrend } from './mood'
import type { Question } from './questions'
import { DAY_MS } from './time'
import { changeFromBirth } from './weight'

/**
 * What goes on the care-visit sheet, the page a parent prints or saves as a PDF for the midwife,
 * kraamverzorgende, BVC nurse or health visitor. Pure: the view passes the records and `now` in.
 */
export const SHEET_DAYS = 7
/** Enough weights to show the curve since birth without a second page. */
export const SHEET_WEIGHTS = 8
export const SHEET_TEMPERATURES = 8

export interface SheetDay {
  /** Day of life (1 = the first 24 hours), as midwives count. */
  day: number
  from: number
  to: number
  /** The day still running: its counts are so far. */
  today: boolean
  counts: DayCounts
}

export interface SheetWeight {
  at: number
  grams: number
  /** Change from the birth weight in %, one decimal; null without a birth weight or for the birth weight itself. */
  changePercent: number | null
  /** Measured at the same time, if at all. */
  lengthCm: number | null
  headCm: number | null
}

export interface SheetTemperature {
  at: number
  celsius: number
}

export interface SheetBaby {
  id: string
  birthWeightGrams: number | null
  days: SheetDay[]
  weights: SheetWeight[]
  temperatures: SheetTemperature[]
}

export interface SheetMood {
  trend: MoodTrend | null
  /** The mean mood (1–5) on each of the sheet's days, null on a day without entries. */
  days: { day: number; mean: number | null; count: number }[]
}

export interface VisitSheet {
  ageMs: number
  /** Only for a baby born before 37 weeks, until two years (correctedAge.ts). */
  correctedAgeMs: number | null
  gestation: Gestation | null
  babies: SheetBaby[]
  openQuestions: Question[]
  askedQuestions: Question[]
  /** Null unless the mother chose to include her mood on this sheet. */
  mood: SheetMood | null
}

export interface VisitSheetInput {
  birthAt: number
  dueDate: string | null
  now: number
  /** Live babies in their order; an empty list means one baby not yet in the log. */
  babies: readonly Baby[]
  events: readonly LogEvent[]
  questions: readonly Question[]
  /** Only passed when the mother ticked "include my mood"; anything else leaves the mood off. */
  moodPoints?: readonly MoodPoint[] | null
}

/** The last seven days of life up to the one running now, oldest first; fewer for a younger baby. */
export function sheetDayRanges(birthAt: number, now: number): Omit<SheetDay, 'counts'>[] {
  if (now < birthAt) return []
  const current = dayOfLife(now, birthAt)
  const first = Math.max(1, current - SHEET_DAYS + 1)
  const days: Omit<SheetDay, 'counts'>[] = []
  for (let day = first; day <= current; day++)
    days.push({ day, ...dayOfLifeRange(day, birthAt), today: day === current })
  return days
}

function babySheet(
  baby: Baby | null,
  events: readonly LogEvent[],
  birthAt: number,
  now: number,
  ranges: Omit<SheetDay, 'counts'>[],
): SheetBaby {
  const own = events.filter((event) => !event.deleted && (baby === null || event.babyId === baby.id))
  const birthWeightGrams = birthWeightOf(baby, own, birthAt)
  const weights = own
    .filter((event) => event.kind === 'weight' && event.at <= now)
    .sort((a, b) => a.at - b.at)
    .slice(-SHEET_WEIGHTS)
    .flatMap((event) => (event.kind === 'weight' ? [event] : []))
    .map((event) => ({
      at: event.at,
      grams: event.grams,
      changePercent: birthWeightGrams ? changeFromBirth(event.grams, birthWeightGrams) : null,
      lengthCm: event.lengthCm ?? null,
      headCm: event.headCm ?? null,
    }))
  const since = now - SHEET_DAYS * DAY_MS
  const temperatures = own
    .filter((event) => event.kind === 'temperature' && event.at >= since && event.at <= now)
    .sort((a, b) => a.at - b.at)
    .slice(-SHEET_TEMPERATURES)
    .map((event) => ({ at: event.at, celsius: event.kind === 'temperature' ? event.celsius : 0 }))
  return {
    id: baby?.id ?? 'baby',
    birthWeightGrams,
    days: ranges.map((range) => ({ ...range, counts: countsBetween(own, range.from, range.to) })),
    weights,
    temperatures,
  }
}

function moodOf(points: readonly MoodPoint[], ranges: Omit<SheetDay, 'counts'>[], now: number): SheetMood {
  return {
    trend: moodTrend(points, now),
    days: ranges.map(({ day, from, to }) => {
      const moods = points.filter((point) => point.at >= from && point.at < to).map((point) => point.mood)
      const mean = moods.length
        ? Math.round((moods.reduce((sum, mood) => sum + mood, 0) / moods.length) * 10) / 10
        : null
      return { day, mean, count: moods.length }
    }),
  }
}

export function visitSheet(input: VisitSheetInput): VisitSheet {
  const { birthAt, dueDate, now } = input
  const ranges = sheetDayRanges(birthAt, now)
  const babies = input.babies.length > 0 ? input.babies : [null]
  const live = input.questions.filter((question) => !question.deleted)
  const gestation = dueDate === null ? null : gestationAtBirth(birthAt, dueDate)
  const corrected = correctedAgeMs(birthAt, dueDate, now)
  return {
    ageMs: Math.max(0, now - birthAt),
    correctedAgeMs: corrected,
    gestation: corrected === null ? null : gestation,
    babies: babies.map((baby) => babySheet(baby, input.events, birthAt, now, ranges)),
    openQuestions: live.filter((question) => question.askedAt === null),
    askedQuestions: live.filter((question) => question.askedAt !== null),
    mood: input.moodPoints ? moodOf(input.moodPoints, ranges, now) : null,
  }
}
