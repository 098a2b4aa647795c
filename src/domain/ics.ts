/**
 * An iCalendar file (RFC 5545) so that the phone's own calendar can remind the parent: the web has
 * no way to schedule a notification without a server. Texts arrive already translated.
 */
export interface CalendarEvent {
  /** Stable across exports, so importing again updates events instead of doubling them. */
  uid: string
  startsAt: number
  summary: string
  description: string
  /** Alarm offset before the start, in minutes (0 = at the start). */
  alarmMinutesBefore: number
}

export const CALENDAR_PRODUCT_ID = '-//Cocoon//Birth timeline//EN'

const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75

/** A UID for one moment of one birth; the birth instant keeps two babies' calendars apart. */
export function momentUid(momentId: string, birthAt: number): string {
  return `${momentId}-${birthAt}@cocoon.local`
}

/** UTC date-time form, e.g. 20260301T031500Z. */
export function formatUtc(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Lines longer than 75 octets are folded with CRLF and a space (§3.1), never inside a UTF-8
 * character, so Swedish and Dutch letters survive.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines begin with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const trigger = event.alarmMinutesBefore === 0 ? 'PT0M' : `-PT${event.alarmMinutesBefore}M`
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.summary)}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
    'END:VEVENT',
  ]
}

export function buildCalendar(events: readonly CalendarEvent[], now: number, calendarName: string): string {
  const stamp = formatUtc(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
