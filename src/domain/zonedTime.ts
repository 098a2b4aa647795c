import { DAY_MS, MINUTE_MS } from './time'

/**
 * Wall-clock arithmetic in a named time zone (IANA, e.g. "Europe/Stockholm"), for the few places
 * where a rule is about the parent's clock rather than the baby's age: a reminder at 10:00 must be
 * 10:00 on the day it rings, on either side of a DST change. The zone is a parameter, never read
 * from the device here, so tests can run every zone on one machine.
 */
export interface LocalDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** The zone's wall clock at an instant, as if it were UTC (so plain Date.UTC arithmetic applies). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
}

/** Minutes the zone is ahead of UTC at an instant (Stockholm in winter: 60). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const whole = instant - (instant % 1000)
  return Math.round((wallClockAsUtc(whole, timeZone) - whole) / MINUTE_MS)
}

export function localDateIn(instant: number, timeZone: string): LocalDate {
  const wall = new Date(wallClockAsUtc(instant, timeZone))
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS)
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }
}

/**
 * The instant a wall-clock time ("HH:MM") happens on a local date. A time that a spring-forward
 * night skips (02:30 in Stockholm on the last Sunday of March) moves to the same minutes after the
 * jump, as phones do; a time an autumn night repeats takes its first occurrence.
 */
export function instantAt(date: LocalDate, clock: string, timeZone: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  const wall = Date.UTC(date.year, date.month - 1, date.day, hours!, minutes!)
  // The wall clock read as UTC is within a day of the answer, so the offsets a day either side are
  // the only two that can apply (no zone changes its offset twice in two days).
  const offsetBefore = zoneOffsetMinutes(wall - DAY_MS, timeZone)
  const offsetAfter = zoneOffsetMinutes(wall + DAY_MS, timeZone)
  const candidates = [wall - offsetBefore * MINUTE_MS, wall - offsetAfter * MINUTE_MS]
    .filter((instant) => wallClockAsUtc(instant, timeZone) === wall)
    .sort((a, b) => a - b)
  // Skipped: the old offset carries the time past the jump (02:30 becomes 03:30).
  return candidates[0] ?? wall - offsetBefore * MINUTE_MS
}

/** The first instant at or after `from` at which the wall clock shows `clock`. */
export function nextClockTime(from: number, clock: string, timeZone: string): number {
  const today = localDateIn(from, timeZone)
  const sameDay = instantAt(today, clock, timeZone)
  return sameDay >= from ? sameDay : instantAt(addDays(today, 1), clock, timeZone)
}
