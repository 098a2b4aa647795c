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
  /** Alarm offset before the start, in minutes (0 = at the start); null: an event without an alarm. */
  alarmMinutesBefore: number | null
  /** RFC 5545 SEQUENCE: a calendar replaces its copy only with a higher one. */
  sequence: number
  /** An event an earlier export had that this one takes back. */
  cancelled?: true
}

export const CALENDAR_PRODUCT_ID = '-//Cocoon//Birth timeline//EN'

const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75
/** Events last a quarter of an hour: long enough to see in a day view, short enough not to crowd it. */
const EVENT_MINUTES = 15

/**
 * A UID for one event of one family's calendar. `calendarId` is random, made at the first export
 * and kept (and backed up), so that a new birth time or country still names the same events, while
 * two babies' calendars on one phone stay apart.
 */
export function eventUid(key: string, calendarId: string): string {
  return `${key}.${calendarId}@cocoon.local`
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
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.startsAt + EVENT_MINUTES * 60_000)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // Busy-free: a reminder should not block the parent's day in a shared calendar.
    'TRANSP:TRANSPARENT',
  ]
  if (event.cancelled) lines.push('STATUS:CANCELLED')
  // A cancelled event never rings, whatever a calendar does with its status.
  if (event.alarmMinutesBefore !== null && !event.cancelled) {
    const trigger = event.alarmMinutesBefore === 0 ? 'PT0M' : `-PT${event.alarmMinutesBefore}M`
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:${trigger}`,
      'END:VALARM',
    )
  }
  lines.push('END:VEVENT')
  return lines
}

export function buildCalendar(events: readonly CalendarEvent[], now: number, calendarName: string): string {
  const stamp = formatUtc(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${CALENDAR_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    // PUBLISH, not CANCEL: METHOD:CANCEL is an iTIP message (RFC 5546) that needs an ORGANIZER and
    // one method per file; Apple Calendar, Google Calendar and Outlook import a PUBLISH file as a
    // plain calendar, match events by UID and take the higher SEQUENCE. Taken-back events ride
    // along as STATUS:CANCELLED with a higher SEQUENCE and no alarm: Apple and Outlook drop or
    // strike them; an importer that keeps them still shows a "no longer needed" title and never rings.
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}

/** What an earlier export sent, per UID: enough to tell a changed event from an unchanged one. */
export interface ExportedEvent {
  sequence: number
  /** A hash of what the event said, or "cancelled" once an export took it back. */
  hash: string
  startsAt: number
}

export interface CalendarExportState {
  calendarId: string
  events: Record<string, ExportedEvent>
}

/** An event as the app would send it now, before it is numbered against the last export. */
export type DraftEvent = Omit<CalendarEvent, 'sequence' | 'cancelled'>

export const CANCELLED_HASH = 'cancelled'

/** FNV-1a, 32 bits: a change detector for a handful of events, not a security measure. */
export function contentHash(event: DraftEvent): string {
  const text = JSON.stringify([event.startsAt, event.summary, event.description, event.alarmMinutesBefore])
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * Numbers this export against the last one, which the app stores: an unchanged event keeps its
 * SEQUENCE, a changed one gets the next, a new one starts at 0, and one the last export had but
 * this one lacks is sent once more as cancelled (with the next SEQUENCE). A per-event hash and
 * counter, rather than one counter for the whole file, keeps unchanged events unchanged, so a
 * calendar has nothing to re-sync and a parent's own edits to them survive.
 */
export function numberEvents(
  drafts: readonly DraftEvent[],
  previous: CalendarExportState | null,
  cancelledSummary: string,
): { events: CalendarEvent[]; state: Record<string, ExportedEvent> } {
  const before = previous?.events ?? {}
  const state: Record<string, ExportedEvent> = {}
  const events: CalendarEvent[] = drafts.map((draft) => {
    const hash = contentHash(draft)
    const last = before[draft.uid]
    const sequence = !last ? 0 : last.hash === hash ? last.sequence : last.sequence + 1
    state[draft.uid] = { sequence, hash, startsAt: draft.startsAt }
    return { ...draft, sequence }
  })
  for (const [uid, last] of Object.entries(before)) {
    if (state[uid]) continue
    const sequence = last.hash === CANCELLED_HASH ? last.sequence : last.sequence + 1
    state[uid] = { sequence, hash: CANCELLED_HASH, startsAt: last.startsAt }
    events.push({
      uid,
      startsAt: last.startsAt,
      summary: cancelledSummary,
      description: cancelledSummary,
      alarmMinutesBefore: null,
      sequence,
      cancelled: true,
    })
  }
  return { events, state }
}
