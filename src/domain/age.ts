import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './time'

/**
 * The baby's age in the parts a parent counts in: minutes in the first hour, hours and minutes on
 * the first day, days in the first two weeks, then weeks and days. Texts: `age.<kind>`.
 */
export type Age =
  | { kind: 'justBorn' }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'hoursMinutes'; hours: number; minutes: number }
  | { kind: 'days'; days: number }
  | { kind: 'weeksDays'; weeks: number; days: number }

export function ageAt(birthAt: number, now: number): Age {
  const elapsed = Math.max(0, now - birthAt)
  if (elapsed < MINUTE_MS) return { kind: 'justBorn' }
  if (elapsed < HOUR_MS) return { kind: 'minutes', minutes: Math.floor(elapsed / MINUTE_MS) }
  if (elapsed < DAY_MS) {
    return {
      kind: 'hoursMinutes',
      hours: Math.floor(elapsed / HOUR_MS),
      minutes: Math.floor((elapsed % HOUR_MS) / MINUTE_MS),
    }
  }
  if (elapsed < 2 * WEEK_MS) return { kind: 'days', days: Math.floor(elapsed / DAY_MS) }
  return { kind: 'weeksDays', weeks: Math.floor(elapsed / WEEK_MS), days: Math.floor((elapsed % WEEK_MS) / DAY_MS) }
}
