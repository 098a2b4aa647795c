import type { CareContact } from './careTeam'
import type { ClosenessTicks } from './closenessTicks'
import type { CalendarExportState } from './ics'

/** The one-tap choice from the header: night on (or off) until the window next turns. */
export interface NightOverride {
  night: boolean
  until: number
}

export const themes = ['system', 'light', 'dark', 'night'] as const
export type Theme = (typeof themes)[number]

export interface Settings {
  /** null: follow the browser's languages. */
  locale: string | null
  theme: Theme
  /** When the app was last opened, to show what became due since then. */
  lastOpenedAt: number | null
  lastBackupAt: number | null
  /** Switch to the night theme by itself between nightStartsAt and nightEndsAt (local "HH:MM"). */
  nightAutomatically: boolean
  nightStartsAt: string
  nightEndsAt: string
  /** The night button's last tap, which wins until the night window next turns. */
  nightOverride: NightOverride | null
  /** The ideas for calm and closeness ticked today. */
  closenessTicks: ClosenessTicks | null
  /** The app version the parent last saw, to say once what is new after an update. */
  lastSeenVersion: string | null
  installHintDismissed: boolean
  /** Keep the screen on while a log timer runs (Screen Wake Lock), if the parent wants. */
  logKeepAwake: boolean
  /** "Since the last feed" from its start (as midwives count) or its end. */
  logSinceFrom: 'start' | 'end'
  /** With twins or triplets: the baby (or "all", see babies.ts) last logged for, picked again next time. */
  logBaby: string | null
  /** When calendar reminders ring, local "HH:MM". */
  reminderTime: string
  /** false: "no alarms, just the events". */
  reminderAlarms: boolean
  /** What the last calendar export sent, so that the next one updates it (see numberEvents). */
  calendarExport: CalendarExportState | null
  /** The family's own midwife, kraamzorg, BVC or triage numbers, shown first on Help. */
  careTeam: CareContact[]
}

export const defaultSettings: Readonly<Settings> = {
  locale: null,
  theme: 'system',
  lastOpenedAt: null,
  lastBackupAt: null,
  nightAutomatically: false,
  nightStartsAt: '21:00',
  nightEndsAt: '07:00',
  nightOverride: null,
  closenessTicks: null,
  lastSeenVersion: null,
  installHintDismissed: false,
  logKeepAwake: false,
  logSinceFrom: 'start',
  logBaby: null,
  // Calendar reminders ring at this local time unless the parent picks another (see reminders.ts).
  reminderTime: '10:00',
  reminderAlarms: true,
  calendarExport: null,
  careTeam: [],
}

export type SettingKey = keyof Settings
