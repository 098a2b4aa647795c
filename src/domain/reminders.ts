import { careServices } from './helpContacts'
import { moments, windowOf, type MomentWindow } from './moments'
import type { Country } from './profile'
import { babyDay, DAY_MS, HOUR_MS, WEEK_MS } from './time'
import { upcomingForCalendar, type ScheduledMoment } from './timeline'
import type { MomentProfile } from './moments'
import { defaultSettings } from './settings'
import { nextClockTime } from './zonedTime'

/**
 * When the phone's calendar reminds the parent. A moment's window starts at the minute of the
 * birth, which is as often 03:00 as 15:00; a reminder rings at the parent's chosen hour instead,
 * the first time the clock shows it once the window has begun.
 */
export const DEFAULT_REMINDER_TIME = defaultSettings.reminderTime

/** A care contact the parent may have to call first. Texts and saved numbers are keyed by the ids of `careServices`. */
export type AppointmentId = 'heelPrick' | 'babyFirstVisit' | 'babyDoctorCheck' | 'postnatalCheck'

export interface Appointment {
  id: AppointmentId
  /** Where a country's care system leaves something for the parents to do; a country without one gets no reminder. */
  windows: Partial<Record<Country, MomentWindow>>
  /** Whom to call, per country: an id of `careServices`. */
  contacts: Partial<Record<Country, string>>
  /** How many days before the window opens the reminder rings. */
  leadDays: number
}

const postnatalCheck = moments.find((moment) => moment.id === 'sixWeekCheck')!
const postnatalWindow = (country: Country) => windowOf(postnatalCheck, country)

/**
 * From fact sheet 2, section 3 and 7. The heel prick needs the parents where the test is not simply
 * done on a visit that comes by itself: in Sweden after an early discharge it happens at a return
 * visit to BB soon after 48 h (S80, S112, S113); in the Netherlands the screener comes soon after
 * 72 h and by 168 h at the latest (S85). In the UK the midwife does it on a routine visit around
 * day 5 (S75), so no reminder. The baby's first visit: BVC within a week of coming home (S84), the
 * JGZ home visit about two weeks after birth (S117), the health visitor at 10–14 days (S115).
 * The baby's doctor check: BVC doctor at 4 weeks (S84), consultatiebureau from about 4 weeks
 * (S117), the GP's 6–8-week check (S74). The parent's own check-up: the card's windows (S18–S20).
 */
export const appointments: readonly Appointment[] = [
  {
    id: 'heelPrick',
    windows: { SE: { startMs: 48 * HOUR_MS, endMs: 7 * DAY_MS }, NL: { startMs: 72 * HOUR_MS, endMs: 168 * HOUR_MS } },
    contacts: { SE: 'seMaternityUnit', NL: 'nlVerloskundige' },
    leadDays: 1,
  },
  {
    id: 'babyFirstVisit',
    windows: {
      SE: { startMs: 7 * DAY_MS, endMs: 14 * DAY_MS },
      NL: { startMs: 14 * DAY_MS, endMs: 21 * DAY_MS },
      UK: { startMs: 10 * DAY_MS, endMs: 15 * DAY_MS },
    },
    contacts: { SE: 'seBvc', NL: 'nlConsultatiebureau', UK: 'ukHealthVisitor' },
    leadDays: 3,
  },
  {
    id: 'babyDoctorCheck',
    windows: {
      SE: { startMs: 4 * WEEK_MS, endMs: 5 * WEEK_MS },
      NL: { startMs: 4 * WEEK_MS, endMs: 6 * WEEK_MS },
      UK: { startMs: 6 * WEEK_MS, endMs: 8 * WEEK_MS },
    },
    contacts: { SE: 'seBvc', NL: 'nlConsultatiebureau', UK: 'ukGp' },
    leadDays: 5,
  },
  {
    id: 'postnatalCheck',
    windows: {
      SE: postnatalWindow('SE'),
      NL: postnatalWindow('NL'),
      UK: postnatalWindow('UK'),
      other: postnatalWindow('other'),
    },
    contacts: { SE: 'seBmm', NL: 'nlVerloskundige', UK: 'ukGp', other: 'otherMidwife' },
    leadDays: 5,
  },
]

/** The day's new moments, as one event. `key` names it across exports: the baby's day of the earliest. */
export interface DayReminder {
  kind: 'day'
  key: string
  /** The baby's day (day 0 = the first 24 hours) at the reminder. */
  day: number
  at: number
  moments: ScheduledMoment[]
}

export interface AppointmentReminder {
  kind: 'appointment'
  key: string
  at: number
  appointment: Appointment
  /** The `careServices` id to call. */
  contact: string
  window: { startsAt: number; endsAt: number }
}

export type Reminder = DayReminder | AppointmentReminder

export interface ReminderOptions {
  /** Local "HH:MM" in `timeZone`. */
  time: string
  timeZone: string
}

function dayReminders(birthAt: number, profile: MomentProfile, now: number, options: ReminderOptions): DayReminder[] {
  const byInstant = new Map<number, ScheduledMoment[]>()
  for (const item of upcomingForCalendar(birthAt, profile, now)) {
    const at = nextClockTime(item.startsAt, options.time, options.timeZone)
    byInstant.set(at, [...(byInstant.get(at) ?? []), item])
  }
  const keys = new Set<string>()
  return [...byInstant.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, items]) => {
      // The key follows the moments' own days, which a new birth time or reminder hour leaves alone,
      // so a re-export updates the same event. Two groups share a day only around a DST night.
      let key = `day-${Math.floor((items[0]!.startsAt - birthAt) / DAY_MS)}`
      while (keys.has(key)) key += '+'
      keys.add(key)
      return { kind: 'day', key, day: babyDay(at, birthAt), at, moments: items }
    })
}

function appointmentReminders(
  birthAt: number,
  country: Country,
  now: number,
  options: ReminderOptions,
): AppointmentReminder[] {
  return appointments.flatMap((appointment) => {
    const window = appointment.windows[country]
    const contact = appointment.contacts[country]
    if (!window || !contact || !careServices[country].includes(contact)) return []
    const startsAt = birthAt + window.startMs
    const endsAt = birthAt + window.endMs
    const remindFrom = Math.max(startsAt - appointment.leadDays * DAY_MS, now, birthAt)
    const at = nextClockTime(remindFrom, options.time, options.timeZone)
    if (at >= endsAt) return []
    return [
      {
        kind: 'appointment',
        key: `appointment-${appointment.id}`,
        at,
        appointment,
        contact,
        window: { startsAt, endsAt },
      },
    ]
  })
}

/** Every reminder still ahead, in the order they ring. */
export function planReminders(
  birthAt: number,
  profile: MomentProfile,
  now: number,
  options: ReminderOptions,
): Reminder[] {
  return [
    ...dayReminders(birthAt, profile, now, options),
    ...appointmentReminders(birthAt, profile.country, now, options),
  ].sort((a, b) => a.at - b.at)
}
