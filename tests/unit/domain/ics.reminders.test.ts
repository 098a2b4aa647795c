import { beforeAll, describe, expect, it } from 'vitest'
import { buildCalendar, numberEvents, type CalendarExportState } from '@/domain/ics'
import type { MomentProfile } from '@/domain/moments'
import type { Country } from '@/domain/profile'
import { reminderDrafts, type SavedNumberLookup } from '@/domain/reminderTexts'
import { planReminders } from '@/domain/reminders'
import { HOUR_MS } from '@/domain/time'
import { instantAt } from '@/domain/zonedTime'
import { i18n, localeContentReady, setLocale } from '@/i18n'
import { clockIn, readCalendar } from './icalReader'

const profile = (country: Country): MomentProfile => ({
  country,
  birthMode: 'vaginal',
  epidural: false,
  oxytocinDrip: false,
  feeding: 'breast',
})

interface ExportOptions {
  birthAt: number
  country: Country
  timeZone: string
  language: string
  time?: string
  alarms?: boolean
  previous?: CalendarExportState | null
  savedNumber?: SavedNumberLookup
  now?: number
}

/** The whole export as the button makes it, read back with ical.js. */
async function exportAndRead(options: ExportOptions) {
  await setLocale(options.language)
  // The reminders' words are Today's ('home'); setLocale alone brings only the first-run page's.
  await localeContentReady(['home'])
  const now = options.now ?? options.birthAt + HOUR_MS
  const reminders = planReminders(options.birthAt, profile(options.country), now, {
    time: options.time ?? '10:00',
    timeZone: options.timeZone,
  })
  const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})
  const drafts = reminderDrafts(reminders, {
    country: options.country,
    calendarId: 'family-1',
    alarms: options.alarms ?? true,
    translate: t,
    savedNumber: options.savedNumber,
  })
  const numbered = numberEvents(drafts, options.previous ?? null, t('reminders.cancelled'))
  const text = buildCalendar(numbered.events, now, 'Cocoon')
  return { text, reminders, state: { calendarId: 'family-1', events: numbered.state }, ...readCalendar(text) }
}

const local = (timeZone: string, year: number, month: number, day: number, clock: string) =>
  instantAt({ year, month, day }, clock, timeZone)

const cases = [
  { timeZone: 'Europe/Stockholm', country: 'SE', language: 'sv' },
  { timeZone: 'Europe/Amsterdam', country: 'NL', language: 'nl' },
  { timeZone: 'Europe/London', country: 'UK', language: 'en' },
] as const

// 29 March 2026 is the spring-forward night in all three zones; a birth at 01:30 local lies just before it.
const births = [
  { name: 'at 02:55', date: [2026, 3, 1], clock: '02:55' },
  { name: 'at 23:50', date: [2026, 3, 1], clock: '23:50' },
  { name: 'on the DST night', date: [2026, 3, 29], clock: '01:30' },
] as const

const isNight = (clock: string) => clock >= '21:00' || clock < '08:00'

// Loading a language's texts the first time is slow on a busy machine; do it once, before the timed tests.
beforeAll(async () => {
  for (const language of ['sv', 'nl', 'en']) await setLocale(language)
}, 30_000)

describe.each(cases)('calendar reminders in $timeZone ($language)', ({ timeZone, country, language }) => {
  describe.each(births)('for a birth $name', ({ date, clock }) => {
    const birthAt = local(timeZone, date[0], date[1], date[2], clock)

    it('rings every event at 10:00 local time, never at night', async () => {
      const { events } = await exportAndRead({ birthAt, country, timeZone, language })
      expect(events.length).toBeGreaterThan(5)
      for (const event of events) {
        expect(clockIn(event.start, timeZone)).toBe('10:00')
        expect(event.alarms).toHaveLength(1)
        for (const alarm of event.alarms) expect(isNight(clockIn(alarm, timeZone))).toBe(false)
      }
    })

    it("puts each day's new moments into one event, in the parent's language", async () => {
      const { events } = await exportAndRead({ birthAt, country, timeZone, language })
      const days = events.filter((event) => event.uid.startsWith('day-'))
      const dates = days.map((event) => event.start.toLocaleDateString('en-GB', { timeZone }))
      expect(new Set(dates).size).toBe(dates.length)
      const dayWord = { sv: 'Dag', nl: 'Dag', en: 'Day' }[language]
      for (const event of days) {
        expect(event.summary).toMatch(new RegExp(`^${dayWord} \\d+: `))
        expect(event.description.split('\n').filter((line) => line.startsWith('– ')).length).toBeGreaterThan(0)
        expect(event.description).toContain(country === 'UK' ? '999' : '112')
      }
    })
  })

  it('reminds of the postnatal check a few days before its window, saying whom to call', async () => {
    const birthAt = local(timeZone, 2026, 3, 1, '02:55')
    const { events, reminders } = await exportAndRead({ birthAt, country, timeZone, language })
    const check = reminders.find((item) => item.key === 'appointment-postnatalCheck')!
    expect(check.kind).toBe('appointment')
    const event = events.find((item) => item.uid.startsWith('appointment-postnatalCheck.'))!
    const windowOpens = birthAt + 5 * 7 * 24 * HOUR_MS
    expect(event.start.getTime()).toBeLessThan(windowOpens)
    expect(windowOpens - event.start.getTime()).toBeGreaterThan(3 * 24 * HOUR_MS)
    const contact = { SE: 'barnmorskemottagning', NL: 'verloskundige', UK: 'GP' }[country]
    expect(event.description).toContain(contact)
  })
})

describe('reminder choices', () => {
  const timeZone = 'Europe/Stockholm'
  const birthAt = local(timeZone, 2026, 3, 1, '23:50')

  it('rings at a night hour only when the parent chose it', async () => {
    const { events } = await exportAndRead({ birthAt, country: 'SE', timeZone, language: 'sv', time: '22:30' })
    for (const event of events) expect(event.alarms.map((alarm) => clockIn(alarm, timeZone))).toEqual(['22:30'])
  })

  it('adds the events without any alarm for "no alarms, just the events"', async () => {
    const { events, text } = await exportAndRead({ birthAt, country: 'SE', timeZone, language: 'en', alarms: false })
    expect(events.length).toBeGreaterThan(5)
    expect(text).not.toContain('BEGIN:VALARM')
  })

  it("names the care team's saved number where there is one", async () => {
    const savedNumber: SavedNumberLookup = (contact) =>
      contact === 'seBmm' ? { name: 'Barnmorskemottagningen Söder', number: '08-123 45 67' } : undefined
    const { events } = await exportAndRead({ birthAt, country: 'SE', timeZone, language: 'sv', savedNumber })
    const check = events.find((event) => event.uid.startsWith('appointment-postnatalCheck.'))!
    expect(check.description).toContain('Ring Barnmorskemottagningen Söder: 08-123 45 67.')
    const bvc = events.find((event) => event.uid.startsWith('appointment-babyDoctorCheck.'))!
    expect(bvc.description).toContain('Barnavårdscentral')
  })

  it('reminds of the heel prick where parents must act (SE, NL) and not in the UK', async () => {
    const heelPrick = async (country: Country, timeZone: string) =>
      (await exportAndRead({ birthAt, country, timeZone, language: 'en' })).events.some((event) =>
        event.uid.startsWith('appointment-heelPrick.'),
      )
    expect(await heelPrick('SE', 'Europe/Stockholm')).toBe(true)
    expect(await heelPrick('NL', 'Europe/Amsterdam')).toBe(true)
    expect(await heelPrick('UK', 'Europe/London')).toBe(false)
  })

  it('updates instead of duplicating after a new birth time, country or hour, and cancels what is gone', async () => {
    const first = await exportAndRead({ birthAt, country: 'SE', timeZone, language: 'sv' })
    const again = await exportAndRead({ birthAt, country: 'SE', timeZone, language: 'sv', previous: first.state })
    expect(again.events.map((event) => [event.uid, event.sequence])).toEqual(
      first.events.map((event) => [event.uid, event.sequence]),
    )

    const moved = await exportAndRead({
      birthAt: birthAt - 3 * HOUR_MS,
      country: 'UK',
      timeZone,
      language: 'sv',
      time: '11:00',
      previous: first.state,
      now: birthAt + HOUR_MS,
    })
    const before = new Map(first.events.map((event) => [event.uid, event.sequence]))
    const uids = moved.events.map((event) => event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    for (const event of moved.events.filter((item) => before.has(item.uid)))
      expect(event.sequence).toBeGreaterThan(before.get(event.uid)!)
    // Sweden's heel prick has no UK counterpart: it goes out once more, cancelled and silent.
    const heelPrick = moved.events.find((event) => event.uid.startsWith('appointment-heelPrick.'))!
    expect(heelPrick).toMatchObject({ status: 'CANCELLED', alarms: [] })
    expect(moved.events.filter((event) => event.status !== 'CANCELLED').length).toBeGreaterThan(5)
    expect(moved.events.filter((event) => before.has(event.uid)).length).toBeGreaterThan(5)
  })
})
