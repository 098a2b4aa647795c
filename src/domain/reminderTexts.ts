import { emergencyLine } from './helpContacts'
import { eventUid, type DraftEvent } from './ics'
import { momentTextKeys } from './moments'
import type { Country } from './profile'
import type { Reminder } from './reminders'

/** vue-i18n's `t`, passed in so that this stays plain TypeScript. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

/** A number the parent saved for a care contact (the care-team list), keyed by a `careServices` id. */
export interface SavedNumber {
  name: string
  number: string
}
export type SavedNumberLookup = (contact: string) => SavedNumber | undefined

export interface ReminderTextOptions {
  country: Country
  calendarId: string
  /** false: "no alarms, just the events". */
  alarms: boolean
  translate: Translate
  /** Without one (or without a saved number for a contact) the country's own name for it is used. */
  savedNumber?: SavedNumberLookup
}

/** More titles than this make a summary too long for a phone's notification. */
const TITLES_IN_SUMMARY = 3

/** The reminders as events, in the parent's language. */
export function reminderDrafts(reminders: readonly Reminder[], options: ReminderTextOptions): DraftEvent[] {
  const { translate: t, country } = options
  const helpLine = t('reminders.helpLine', { emergency: emergencyLine(country).number })
  return reminders.map((reminder) => {
    let summary: string
    let lines: string[]
    if (reminder.kind === 'day') {
      const titles = reminder.moments.map((item) => t(momentTextKeys(item.moment, country).title))
      const shown = titles.slice(0, TITLES_IN_SUMMARY)
      if (titles.length > TITLES_IN_SUMMARY) shown.push('…')
      summary = t('reminders.daySummary', { day: reminder.day, titles: shown.join(', ') })
      lines = titles.map((title) => t('reminders.dayLine', { title }))
    } else {
      const id = reminder.appointment.id
      const saved = options.savedNumber?.(reminder.contact)
      summary = t(`reminders.appointments.${id}.title`)
      lines = [
        t(`reminders.appointments.${id}.body.${country}`),
        saved
          ? t('reminders.callSaved', { name: saved.name, number: saved.number })
          : t('reminders.callService', { service: t(`help.services.${reminder.contact}.name`) }),
      ]
    }
    return {
      uid: eventUid(reminder.key, options.calendarId),
      startsAt: reminder.at,
      summary,
      description: [...lines, '', helpLine].join('\n'),
      alarmMinutesBefore: options.alarms ? 0 : null,
    }
  })
}
