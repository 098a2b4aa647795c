import { CLOCK_SKEW_MS, DAY_MS, localDateOf } from './time'

/** Cocoon covers the first year; an older date is almost always a typo. */
export const MAX_BIRTH_AGE_MS = 366 * DAY_MS
/** A due date further away than a full pregnancy is almost always a typo. */
export const MAX_DUE_AHEAD_MS = 300 * DAY_MS
/** A due date this far past without a birth entered is almost always a typo too. */
export const MAX_DUE_PAST_MS = 45 * DAY_MS

/**
 * How far ahead of the device clock a birth may lie: clock skew only. The form and a restored backup
 * share this one rule, or Today would count down to moments of a birth that has not happened yet.
 */
export const BIRTH_FUTURE_SLACK_MS = CLOCK_SKEW_MS

export type BirthInputError = 'missingDate' | 'missingTime' | 'invalid' | 'future' | 'tooOld'
export type DueDateError = 'missingDate' | 'invalid' | 'tooFar' | 'tooLongAgo'
export type BirthDueDateError = 'invalid' | 'tooEarly' | 'tooLate'

/**
 * A due date kept with the birth lies at most 20 weeks after it (a baby born at 20 weeks) and at most
 * 6 weeks before it (born at 46 weeks): beyond that it is a typo, and a wrong corrected age misleads.
 */
export const DUE_AFTER_BIRTH_MAX_DAYS = 20 * 7
export const DUE_BEFORE_BIRTH_MAX_DAYS = 6 * 7

export type Parsed<T, E> = { ok: true; value: T } | { ok: false; error: E }

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const TIME_PATTERN = /^\d{2}:\d{2}$/

/**
 * Turns the local date and time a parent typed into an absolute instant. The browser's time zone
 * applies only here, at the edge; everything after works on the instant.
 */
export function parseBirthInput(date: string, time: string, now: number): Parsed<number, BirthInputError> {
  if (!date) return { ok: false, error: 'missingDate' }
  if (!time) return { ok: false, error: 'missingTime' }
  if (!DATE_PATTERN.test(date) || !TIME_PATTERN.test(time)) return { ok: false, error: 'invalid' }
  const instant = new Date(`${date}T${time}`)
  const birthAt = instant.getTime()
  if (Number.isNaN(birthAt) || localDateOf(instant) !== date) return { ok: false, error: 'invalid' }
  if (birthAt > now + BIRTH_FUTURE_SLACK_MS) return { ok: false, error: 'future' }
  if (now - birthAt > MAX_BIRTH_AGE_MS) return { ok: false, error: 'tooOld' }
  return { ok: true, value: Math.min(birthAt, now) }
}

export function parseDueDate(date: string, now: number): Parsed<string, DueDateError> {
  if (!date) return { ok: false, error: 'missingDate' }
  const noon = new Date(`${date}T12:00`)
  if (!DATE_PATTERN.test(date) || Number.isNaN(noon.getTime()) || localDateOf(noon) !== date) {
    return { ok: false, error: 'invalid' }
  }
  if (noon.getTime() - now > MAX_DUE_AHEAD_MS) return { ok: false, error: 'tooFar' }
  if (now - noon.getTime() > MAX_DUE_PAST_MS) return { ok: false, error: 'tooLongAgo' }
  return { ok: true, value: date }
}

const dayNumberOf = (isoDate: string) =>
  Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS

/**
 * The optional due date asked with the birth, for a premature baby's corrected age. Empty is fine
 * (null); otherwise a real calendar date within −6/+20 weeks of the birth's calendar day.
 */
export function parseDueDateAtBirth(date: string, birthAt: number): Parsed<string | null, BirthDueDateError> {
  if (!date) return { ok: true, value: null }
  const noon = new Date(`${date}T12:00`)
  if (!DATE_PATTERN.test(date) || Number.isNaN(noon.getTime()) || localDateOf(noon) !== date) {
    return { ok: false, error: 'invalid' }
  }
  const daysAfterBirth = dayNumberOf(date) - dayNumberOf(localDateOf(new Date(birthAt)))
  if (daysAfterBirth > DUE_AFTER_BIRTH_MAX_DAYS) return { ok: false, error: 'tooLate' }
  if (daysAfterBirth < -DUE_BEFORE_BIRTH_MAX_DAYS) return { ok: false, error: 'tooEarly' }
  return { ok: true, value: date }
}

/** "Baby is here" keeps the due date the family gave, unless the birth makes it impossible. */
export function dueDateKeptAtBirth(dueDate: string | null, birthAt: number): string | null {
  if (dueDate === null) return null
  const parsed = parseDueDateAtBirth(dueDate, birthAt)
  return parsed.ok ? parsed.value : null
}
