import type { NightOverride, Theme } from './settings'
import { HOUR_MS } from './time'

/** A night window in local wall-clock time, "HH:MM"; it may run past midnight (21:00–07:00). */
export interface NightWindow {
  nightStartsAt: string
  nightEndsAt: string
}

export interface NightSettings extends NightWindow {
  theme: Theme
  nightAutomatically: boolean
  nightOverride: NightOverride | null
}

// A tap at 06:59 should not be undone a minute later.
const MIN_OVERRIDE_MS = HOUR_MS

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
}

function minutesOfDay(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  return hours! * 60 + minutes!
}

export function isWithinNightWindow(now: Date, window: NightWindow): boolean {
  const start = minutesOfDay(window.nightStartsAt)
  const end = minutesOfDay(window.nightEndsAt)
  const current = now.getHours() * 60 + now.getMinutes()
  if (start === end) return false
  return start < end ? current >= start && current < end : current >= start || current < end
}

/** The next instant after `now` at which the local clock shows `clock` (DST-safe: setHours, not adding ms). */
export function nextClockTime(now: Date, clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  const next = new Date(now)
  next.setHours(hours!, minutes!, 0, 0)
  if (next.getTime() <= now.getTime()) {
    next.setDate(next.getDate() + 1)
    next.setHours(hours!, minutes!, 0, 0)
  }
  return next.getTime()
}

/** The theme a parent chose for the day: night as a base choice falls back to the device's. */
function dayTheme(theme: Theme): Theme {
  return theme === 'night' ? 'system' : theme
}

/** The theme to show now: a recent tap wins, then a chosen night theme, then the automatic window. */
export function resolveTheme(settings: NightSettings, now: Date): Theme {
  const override = settings.nightOverride
  if (override && now.getTime() < override.until) return override.night ? 'night' : dayTheme(settings.theme)
  if (settings.theme === 'night') return 'night'
  if (settings.nightAutomatically && isWithinNightWindow(now, settings)) return 'night'
  return settings.theme
}

/** What one tap on the night button does: the opposite of now, until the morning (or the evening). */
export function toggleNight(settings: NightSettings, now: Date): NightOverride {
  const night = resolveTheme(settings, now) !== 'night'
  const turn = nextClockTime(now, night ? settings.nightEndsAt : settings.nightStartsAt)
  return { night, until: Math.max(turn, now.getTime() + MIN_OVERRIDE_MS) }
}
