// Durations for absolute instants (epoch milliseconds): windows are measured this way so that DST
// and time zones cannot move them. Only display converts to the parent's local calendar.
export const MINUTE_MS = 60 * 1000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS
export const WEEK_MS = 7 * DAY_MS

/** Clocks on two devices drift; a time "in the future" by less than this is taken as now. */
export const CLOCK_SKEW_MS = 2 * MINUTE_MS

/** Two digits, as clocks and ISO dates write them. */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0')
}

/** The local calendar date of an instant as YYYY-MM-DD: the parent's day, not UTC's. */
export function localDateOf(instant: Date): string {
  return `${instant.getFullYear()}-${twoDigits(instant.getMonth() + 1)}-${twoDigits(instant.getDate())}`
}

/** The local clock time of an instant as HH:MM. */
export function localTimeOf(instant: Date): string {
  return `${twoDigits(instant.getHours())}:${twoDigits(instant.getMinutes())}`
}

/**
 * The baby's age in whole days at an instant: day N is the Nth 24 hours after the birth instant
 * (day 0 = the first 24 hours), whatever the calendar says; negative before the birth.
 */
export function babyDay(at: number, birthAt: number): number {
  return Math.floor((at - birthAt) / DAY_MS)
}

export type DateStyle = 'weekdayTime' | 'dayMonth' | 'short'

/**
 * How to write instants that lie `span` apart (from now, or from each other): weekday names stay
 * unambiguous for less than six days, dates serve for weeks, and half a year can cross New Year.
 */
export function dateStyleFor(span: number): DateStyle {
  if (span > 180 * DAY_MS) return 'short'
  return span < 6 * DAY_MS ? 'weekdayTime' : 'dayMonth'
}
