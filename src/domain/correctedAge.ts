import { DAY_MS, localDateOf } from './time'

/** A full-term pregnancy counts 40 weeks; a baby born before 37 weeks is premature (S118). */
export const TERM_DAYS = 280
export const PRETERM_BEFORE_DAYS = 37 * 7
/** Corrected age is used for development until the second birthday (S118, S119). */
export const CORRECTED_UNTIL_DAYS = 2 * 365

export interface Gestation {
  weeks: number
  days: number
  /** Whole days born before the due date; 0 or less for a baby born at or after term. */
  daysEarly: number
}

const dayNumber = (isoDate: string) =>
  Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS

/**
 * Gestation at birth from the due date, counted in the parent's calendar days (a birth at 23:50 and
 * one at 00:10 the next day are a day apart, as the midwife counts them).
 */
export function gestationAtBirth(birthAt: number, dueDate: string): Gestation {
  const daysEarly = dayNumber(dueDate) - dayNumber(localDateOf(new Date(birthAt)))
  const total = TERM_DAYS - daysEarly
  return { weeks: Math.floor(total / 7), days: total % 7, daysEarly }
}

/**
 * The age to read growth and development by: the time since birth minus the weeks born early.
 * Null when it does not apply: born at term, no due date, or past the second birthday.
 * Born at 32 weeks and now 16 weeks old gives 8 weeks corrected (S118).
 */
export function correctedAgeMs(birthAt: number, dueDate: string | null, now: number): number | null {
  if (dueDate === null) return null
  const { weeks, days, daysEarly } = gestationAtBirth(birthAt, dueDate)
  if (weeks * 7 + days >= PRETERM_BEFORE_DAYS) return null
  const since = now - birthAt
  if (since > CORRECTED_UNTIL_DAYS * DAY_MS) return null
  return since - daysEarly * DAY_MS
}

/** What Today says beside the real age for a premature baby, until two years. */
export type CorrectedAgeLine =
  | { kind: 'corrected'; correctedMs: number; gestation: Gestation }
  /** Still before the due date: the corrected age has not started yet. */
  | { kind: 'beforeDue'; gestation: Gestation }

export function correctedAgeLine(birthAt: number, dueDate: string | null, now: number): CorrectedAgeLine | null {
  const corrected = correctedAgeMs(birthAt, dueDate, now)
  if (corrected === null || dueDate === null) return null
  const gestation = gestationAtBirth(birthAt, dueDate)
  return corrected < 0 ? { kind: 'beforeDue', gestation } : { kind: 'corrected', correctedMs: corrected, gestation }
}
