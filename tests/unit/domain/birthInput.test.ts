import { describe, expect, it } from 'vitest'
import { dueDateKeptAtBirth, parseBirthInput, parseDueDate, parseDueDateAtBirth } from '@/domain/birthInput'

const now = new Date('2026-03-10T14:00').getTime()

describe('parseBirthInput', () => {
  it('turns a local date and time into the instant', () => {
    expect(parseBirthInput('2026-03-10', '09:30', now)).toEqual({
      ok: true,
      value: new Date('2026-03-10T09:30').getTime(),
    })
  })

  it('asks for a missing date or time', () => {
    expect(parseBirthInput('', '09:30', now)).toEqual({ ok: false, error: 'missingDate' })
    expect(parseBirthInput('2026-03-10', '', now)).toEqual({ ok: false, error: 'missingTime' })
  })

  it('rejects dates that do not exist', () => {
    expect(parseBirthInput('2026-02-31', '09:00', now)).toEqual({ ok: false, error: 'invalid' })
    expect(parseBirthInput('10/03/2026', '09:00', now)).toEqual({ ok: false, error: 'invalid' })
    expect(parseBirthInput('2026-03-10', '9 am', now)).toEqual({ ok: false, error: 'invalid' })
  })

  it('rejects a birth in the future but forgives a clock a minute ahead', () => {
    expect(parseBirthInput('2026-03-10', '14:30', now)).toEqual({ ok: false, error: 'future' })
    expect(parseBirthInput('2026-03-10', '14:01', now)).toEqual({ ok: true, value: now })
  })

  it('rejects a birth more than a year ago', () => {
    expect(parseBirthInput('2025-03-01', '12:00', now)).toEqual({ ok: false, error: 'tooOld' })
    expect(parseBirthInput('2025-03-20', '12:00', now).ok).toBe(true)
  })
})

describe('parseDueDate', () => {
  it('accepts a due date in the coming months', () => {
    expect(parseDueDate('2026-06-01', now)).toEqual({ ok: true, value: '2026-06-01' })
  })

  it('explains what is wrong with a due date', () => {
    expect(parseDueDate('', now)).toEqual({ ok: false, error: 'missingDate' })
    expect(parseDueDate('2026-13-01', now)).toEqual({ ok: false, error: 'invalid' })
    expect(parseDueDate('2027-03-01', now)).toEqual({ ok: false, error: 'tooFar' })
    expect(parseDueDate('2026-01-01', now)).toEqual({ ok: false, error: 'tooLongAgo' })
  })
})

describe('parseDueDateAtBirth', () => {
  const birthAt = new Date(2026, 0, 10, 14, 30).getTime()

  it('is optional: empty means no due date', () => {
    expect(parseDueDateAtBirth('', birthAt)).toEqual({ ok: true, value: null })
  })

  it('accepts a real date from 6 weeks before to 20 weeks after the birth', () => {
    expect(parseDueDateAtBirth('2026-03-07', birthAt)).toEqual({ ok: true, value: '2026-03-07' })
    expect(parseDueDateAtBirth('2026-05-30', birthAt)).toEqual({ ok: true, value: '2026-05-30' })
    expect(parseDueDateAtBirth('2025-11-29', birthAt)).toEqual({ ok: true, value: '2025-11-29' })
  })

  it('rejects dates further away, and dates that do not exist', () => {
    expect(parseDueDateAtBirth('2026-05-31', birthAt)).toEqual({ ok: false, error: 'tooLate' })
    expect(parseDueDateAtBirth('2025-11-28', birthAt)).toEqual({ ok: false, error: 'tooEarly' })
    expect(parseDueDateAtBirth('2026-02-30', birthAt)).toEqual({ ok: false, error: 'invalid' })
  })
})

describe('dueDateKeptAtBirth', () => {
  const birthAt = new Date(2026, 0, 10, 14, 30).getTime()
  it('keeps a due date the birth allows and drops one it does not', () => {
    expect(dueDateKeptAtBirth('2026-03-07', birthAt)).toBe('2026-03-07')
    expect(dueDateKeptAtBirth('2026-09-01', birthAt)).toBeNull()
    expect(dueDateKeptAtBirth(null, birthAt)).toBeNull()
  })
})
