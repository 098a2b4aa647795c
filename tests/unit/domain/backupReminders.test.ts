import { describe, expect, it } from 'vitest'
import { buildBackup, serializeBackup } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'

const NOW = Date.UTC(2026, 10, 1)
const calendarExport = {
  calendarId: '0b6c1f2e-8d7a-4c1e-9f3a-2a1b3c4d5e6f',
  events: {
    'day-3.0b6c1f2e-8d7a-4c1e-9f3a-2a1b3c4d5e6f@cocoon.local': { sequence: 2, hash: '1a2b3c4d', startsAt: NOW },
    'appointment-heelPrick.0b6c1f2e-8d7a-4c1e-9f3a-2a1b3c4d5e6f@cocoon.local': {
      sequence: 1,
      hash: 'cancelled',
      startsAt: NOW - 1,
    },
  },
}
const file = (settings: object) =>
  serializeBackup(buildBackup({ profile: null, settings, lock: null, journal: [] }, NOW))

describe('reminder settings in a backup', () => {
  it('round-trips the reminder time, the no-alarms choice and the last calendar export', () => {
    const check = checkBackup(file({ reminderTime: '07:45', reminderAlarms: false, calendarExport }), NOW)
    expect(check.ok && check.backup.settings).toEqual({ reminderTime: '07:45', reminderAlarms: false, calendarExport })
  })

  it('refuses a broken time or export record, naming where', () => {
    const time = checkBackup(file({ reminderTime: '25:00' }), NOW)
    expect(!time.ok && time.problem).toMatchObject({ code: 'unknownValue', path: 'settings.reminderTime' })
    const broken = {
      ...calendarExport,
      events: { 'x@elsewhere.example': { sequence: 0, hash: 'cancelled', startsAt: 1 } },
    }
    const record = checkBackup(file({ calendarExport: broken }), NOW)
    expect(!record.ok && record.problem.code).toBe('unknownValue')
    const negative = {
      ...calendarExport,
      events: { 'day-1.a@cocoon.local': { sequence: -1, hash: 'cancelled', startsAt: 1 } },
    }
    expect(checkBackup(file({ calendarExport: negative }), NOW)).toMatchObject({ ok: false })
  })
})
