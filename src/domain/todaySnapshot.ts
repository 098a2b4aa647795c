import { ageAt, type Age } from './age'
import { DAY_MS } from './time'

/** correctedAge.ts's CORRECTED_UNTIL_DAYS, written out: importing it would bring that module into the first paint. */
const CORRECTED_UNTIL_DAYS = 2 * 365

/**
 * What Today needs to paint its first lines before any framework code or the database has loaded:
 * the birth instant and, in the language they were shown in, the words around the age. Today is a pure
 * function of the birth and the clock, so the age painted from this is the real one, not a stale copy.
 * It holds nothing a parent typed.
 */
export interface TodaySnapshot {
  birthAt: number
  /** The language choice and the browser's languages it was written under: either changing voids it. */
  chosenLocale: string | null
  browserLanguages: string
  texts: TodaySnapshotTexts
  /** The app header's height, so that the page below it does not move when the real header arrives. */
  headerHeight: number
  /** A premature baby's corrected age (correctedAge.ts), so the first paint says what Today will. */
  corrected?: SnapshotCorrection
}

export interface SnapshotCorrection {
  /** The birth plus the days born early: the corrected age counts from here. */
  dueAt: number
  /** The age line with `{age}` and `{corrected}` (the birth's weeks already in). */
  line: string
  /** Before the due date: the line with `{age}` only. */
  beforeDueLine: string
}

/** Age words as templates: `{n}` for a number; `{first} {second}`-style pairs; plural as [one, other]. */
export interface TodaySnapshotTexts {
  title: string
  /** The age line with `{age}` where the age goes. */
  ageLine: string
  justBorn: string
  pair: string
  minutes: PluralTemplate
  hours: PluralTemplate
  days: PluralTemplate
  weeks: PluralTemplate
}

/** English, Swedish and Dutch have one form for 1 and another for everything else. */
export type PluralTemplate = [one: string, other: string]

const MAX_TEXT = 300
const pluralKeys = ['minutes', 'hours', 'days', 'weeks'] as const
const textKeys = ['title', 'ageLine', 'justBorn', 'pair'] as const

/** The snapshot from its stored form, or null when it is missing, damaged or from another set-up. */
export function readTodaySnapshot(
  stored: string | null,
  visit: { chosenLocale: string | null; browserLanguages: string },
): TodaySnapshot | null {
  if (!stored) return null
  let value: unknown
  try {
    value = JSON.parse(stored)
  } catch {
    return null
  }
  if (!isSnapshot(value)) return null
  if (value.chosenLocale !== visit.chosenLocale || value.browserLanguages !== visit.browserLanguages) return null
  return value
}

/** The age line for `now`, worded as the app words it (useAgeText.ts). */
export function ageLineAt(snapshot: TodaySnapshot, now: number): string {
  const age = ageWords(snapshot.texts, ageAt(snapshot.birthAt, now))
  const corrected = snapshot.corrected
  if (corrected && now - snapshot.birthAt <= CORRECTED_UNTIL_DAYS * DAY_MS) {
    if (now < corrected.dueAt) return corrected.beforeDueLine.replace('{age}', age)
    return corrected.line
      .replace('{age}', age)
      .replace('{corrected}', ageWords(snapshot.texts, ageAt(corrected.dueAt, now)))
  }
  return snapshot.texts.ageLine.replace('{age}', age)
}

function ageWords(texts: TodaySnapshotTexts, age: Age): string {
  const count = (template: PluralTemplate, n: number) => template[n === 1 ? 0 : 1].replace('{n}', String(n))
  const pair = (first: string, second: string) => texts.pair.replace('{first}', first).replace('{second}', second)
  switch (age.kind) {
    case 'justBorn':
      return texts.justBorn
    case 'minutes':
      return count(texts.minutes, age.minutes)
    case 'hoursMinutes':
      return age.minutes === 0
        ? count(texts.hours, age.hours)
        : pair(count(texts.hours, age.hours), count(texts.minutes, age.minutes))
    case 'days':
      return count(texts.days, age.days)
    case 'weeksDays':
      return age.days === 0
        ? count(texts.weeks, age.weeks)
        : pair(count(texts.weeks, age.weeks), count(texts.days, age.days))
  }
}

function isSnapshot(value: unknown): value is TodaySnapshot {
  if (!isRecord(value) || !isRecord(value.texts)) return false
  const { birthAt, chosenLocale, browserLanguages, headerHeight, texts } = value
  return (
    Number.isSafeInteger(birthAt) &&
    (chosenLocale === null || isText(chosenLocale)) &&
    isText(browserLanguages) &&
    typeof headerHeight === 'number' &&
    headerHeight >= 0 &&
    headerHeight < 1000 &&
    (value.corrected === undefined || isCorrection(value.corrected)) &&
    textKeys.every((key) => isText(texts[key])) &&
    pluralKeys.every((key) => {
      const template = texts[key]
      return Array.isArray(template) && template.length === 2 && template.every(isText)
    })
  )
}

function isCorrection(value: unknown): value is SnapshotCorrection {
  return isRecord(value) && Number.isSafeInteger(value.dueAt) && isText(value.line) && isText(value.beforeDueLine)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT
}
