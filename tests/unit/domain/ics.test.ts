import { describe, expect, it } from 'vitest'
import {
  buildCalendar,
  escapeText,
  eventUid,
  foldLine,
  formatUtc,
  numberEvents,
  type CalendarEvent,
} from '@/domain/ics'
import { readCalendar } from './icalReader'

const events: CalendarEvent[] = [
  {
    uid: eventUid('day-3', 'abc'),
    startsAt: Date.UTC(2026, 2, 4, 9, 0),
    summary: 'Tredjedagen; tårar, trötthet',
    description:
      'Det är vanligt och går över.\nOm det håller i sig mer än två veckor: ring BVC, 1177 eller din barnmorska. Nedstämdhet kan vara ett tecken på något som går att få hjälp med, och du är aldrig till besvär.',
    alarmMinutesBefore: 0,
    sequence: 0,
  },
  {
    uid: eventUid('appointment-postnatalCheck', 'abc'),
    startsAt: Date.UTC(2026, 3, 5, 9, 0),
    summary: 'Your six-to-eight-week check',
    description: 'Book it with your GP\\surgery',
    alarmMinutesBefore: 60,
    sequence: 2,
  },
  {
    uid: eventUid('day-9', 'abc'),
    startsAt: Date.UTC(2026, 3, 6, 9, 0),
    summary: 'No longer needed',
    description: 'No longer needed',
    alarmMinutesBefore: null,
    sequence: 1,
    cancelled: true,
  },
]

describe('calendar export', () => {
  const text = buildCalendar(events, Date.UTC(2026, 2, 4, 12, 0, 5), 'Cocoon')

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })

  it('parses with ical.js: UID, SEQUENCE, DTSTAMP, start and display alarms', () => {
    const { calendar, events: read } = readCalendar(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(read.map((event) => event.uid)).toEqual(events.map((event) => event.uid))
    expect(read.map((event) => event.sequence)).toEqual([0, 2, 1])
    expect(read[0]!.start.getTime()).toBe(events[0]!.startsAt)
    expect(read[0]!.alarms.map((at) => at.getTime())).toEqual([events[0]!.startsAt])
    expect(read[1]!.alarms.map((at) => at.getTime())).toEqual([events[1]!.startsAt - 60 * 60_000])
    const stamp = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as { toJSDate(): Date }
    expect(stamp.toJSDate().getTime()).toBe(Date.UTC(2026, 2, 4, 12, 0, 5))
  })

  it('sends a taken-back event as cancelled and silent', () => {
    const { events: read } = readCalendar(text)
    expect(read[2]!.status).toBe('CANCELLED')
    expect(read[2]!.alarms).toEqual([])
    expect(read[0]!.status).toBeNull()
  })

  it('reads back the same text after escaping and folding, Swedish letters intact', () => {
    const { events: read } = readCalendar(text)
    expect(read[0]!.summary).toBe(events[0]!.summary)
    expect(read[0]!.description).toBe(events[0]!.description)
    expect(read[1]!.description).toBe(events[1]!.description)
  })

  it('keeps the same UID for the same key and calendar, and a different one for another calendar', () => {
    expect(eventUid('day-1', 'a')).toBe(eventUid('day-1', 'a'))
    expect(eventUid('day-1', 'a')).not.toBe(eventUid('day-1', 'b'))
  })
})

describe('numbering against the last export', () => {
  const draft = (uid: string, startsAt: number, summary = 'x') => ({
    uid,
    startsAt,
    summary,
    description: summary,
    alarmMinutesBefore: 0,
  })

  it('keeps unchanged events, raises changed ones and cancels missing ones once', () => {
    const first = numberEvents([draft('a', 1), draft('b', 2)], null, 'gone')
    expect(first.events.map((event) => event.sequence)).toEqual([0, 0])
    const second = numberEvents([draft('a', 1), draft('c', 3)], { calendarId: 'id', events: first.state }, 'gone')
    expect(second.events.map((event) => [event.uid, event.sequence, !!event.cancelled])).toEqual([
      ['a', 0, false],
      ['c', 0, false],
      ['b', 1, true],
    ])
    const third = numberEvents([draft('a', 5), draft('c', 3)], { calendarId: 'id', events: second.state }, 'gone')
    expect(third.events.map((event) => [event.uid, event.sequence, !!event.cancelled])).toEqual([
      ['a', 1, false],
      ['c', 0, false],
      ['b', 1, true],
    ])
    // An event that comes back after being cancelled outranks its cancellation.
    const fourth = numberEvents([draft('b', 2)], { calendarId: 'id', events: third.state }, 'gone')
    expect(fourth.events.find((event) => event.uid === 'b')).toMatchObject({ sequence: 2 })
    expect(fourth.events.find((event) => event.uid === 'b')!.cancelled).toBeUndefined()
  })
})

describe('calendar text rules', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
  })

  it('folds long lines with CRLF and a space, never inside a character', () => {
    const folded = foldLine(`SUMMARY:${'å'.repeat(80)}`)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    for (const part of parts) {
      const bytes = new TextEncoder().encode(part)
      expect(bytes.length).toBeLessThanOrEqual(75)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(part)
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'å'.repeat(80)}`)
  })

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0')
  })

  it('writes instants in UTC', () => {
    expect(formatUtc(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('20260102T030405Z')
  })
})
