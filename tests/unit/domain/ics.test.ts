import { describe, expect, it } from 'vitest'
import { buildCalendar, escapeText, foldLine, formatUtc, momentUid, type CalendarEvent } from '@/domain/ics'

/** Reads a calendar back the way a calendar app does: unfold, then split into components. */
function parse(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  const events: Record<string, string>[] = []
  let stack: string[] = []
  let current: Record<string, string> = {}
  for (const line of lines) {
    const [name, ...rest] = line.split(':')
    const value = rest.join(':')
    if (name === 'BEGIN') {
      stack.push(value)
      if (value === 'VEVENT') current = {}
      continue
    }
    if (name === 'END') {
      stack = stack.slice(0, -1)
      if (value === 'VEVENT') events.push(current)
      continue
    }
    const prefix = stack.at(-1) === 'VALARM' ? 'VALARM.' : ''
    if (stack.at(-1) === 'VEVENT' || stack.at(-1) === 'VALARM') current[prefix + name!] = value
  }
  return { lines, events }
}

const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')

const events: CalendarEvent[] = [
  {
    uid: momentUid('thirdDayDip', Date.UTC(2026, 2, 1, 3, 20)),
    startsAt: Date.UTC(2026, 2, 4, 3, 20),
    summary: 'Tredjedagen; tårar, trötthet',
    description:
      'Det är vanligt och går över.\nOm det håller i sig mer än två veckor: ring BVC, 1177 eller din barnmorska. Nedstämdhet kan vara ett tecken på något som går att få hjälp med, och du är aldrig till besvär.',
    alarmMinutesBefore: 0,
  },
  {
    uid: momentUid('sixWeekCheck', Date.UTC(2026, 2, 1, 3, 20)),
    startsAt: Date.UTC(2026, 3, 5, 3, 20),
    summary: 'Your six-to-eight-week check',
    description: 'Book it with your GP\\surgery',
    alarmMinutesBefore: 60,
  },
]

describe('calendar export', () => {
  const text = buildCalendar(events, Date.UTC(2026, 2, 4, 12, 0, 5), 'Cocoon')

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })

  it('gives every event a UID, DTSTAMP, DTSTART and a display alarm', () => {
    const { lines, events: parsed } = parse(text)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true)
    expect(parsed).toHaveLength(2)
    for (const event of parsed) {
      expect(event.UID).toMatch(/@cocoon\.local$/)
      expect(event.DTSTAMP).toBe('20260304T120005Z')
      expect(event.DTSTART).toMatch(/^\d{8}T\d{6}Z$/)
      expect(event['VALARM.ACTION']).toBe('DISPLAY')
      expect(event['VALARM.DESCRIPTION']).toBeTruthy()
      expect(event['VALARM.TRIGGER']).toMatch(/^-?PT\d+M$/)
    }
    expect(parsed[0]!.DTSTART).toBe('20260304T032000Z')
    expect(parsed[1]!['VALARM.TRIGGER']).toBe('-PT60M')
  })

  it('reads back the same text after escaping and folding, Swedish letters intact', () => {
    const { events: parsed } = parse(text)
    expect(unescape(parsed[0]!.SUMMARY!)).toBe(events[0]!.summary)
    expect(unescape(parsed[0]!.DESCRIPTION!)).toBe(events[0]!.description)
    expect(unescape(parsed[1]!.DESCRIPTION!)).toBe(events[1]!.description)
  })

  it('keeps the same UID for the same moment and birth, and a different one for another birth', () => {
    expect(momentUid('bleeding', 1)).toBe(momentUid('bleeding', 1))
    expect(momentUid('bleeding', 1)).not.toBe(momentUid('bleeding', 2))
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
