import ICAL from 'ical.js'

export interface ReadEvent {
  uid: string
  sequence: number
  status: string | null
  start: Date
  summary: string
  description: string
  /** Alarm instants (start plus each trigger). */
  alarms: Date[]
}

/** Reads a calendar file the way a calendar app does, with Mozilla's ical.js (strict on syntax). */
export function readCalendar(text: string): { calendar: ICAL.Component; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const start = event.startDate.toJSDate()
    const alarms = component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration
      return new Date(start.getTime() + trigger.toSeconds() * 1000)
    })
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      start,
      summary: event.summary,
      description: event.description,
      alarms,
    }
  })
  return { calendar, events }
}

/** "HH:MM" on the wall clock of a zone. */
export function clockIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  )
}
