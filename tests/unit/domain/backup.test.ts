import { describe, expect, it } from 'vitest'
import { backupFileName, backupReminder, buildBackup, serializeBackup } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import { planImport } from '@/domain/importPlan'
import type { JournalEntry } from '@/domain/journal'
import { emptyProfile } from '@/domain/profile'

const NOW = Date.UTC(2026, 10, 1)
const DAY = 86_400_000
const entry = (at: number, text: string, updatedAt = at): JournalEntry => ({ at, mood: 3, feelings: [], helped: [], sleepHours: null, text, createdAt: at, updatedAt })

describe('backup format', () => {
  it('summarises the entries and their date range', () => {
    const backup = buildBackup({ profile: emptyProfile('NL'), settings: {}, lock: null, journal: [entry(NOW - 5 * DAY, 'b'), entry(NOW - 9 * DAY, 'a')] }, NOW)
    expect(checkBackup(serializeBackup(backup), NOW)).toMatchObject({ ok: true, summary: { version: 2, entries: 2, firstAt: NOW - 9 * DAY, lastAt: NOW - 5 * DAY, locked: false, hasProfile: true } })
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(checkBackup(' '.repeat(20 * 1024 * 1024 + 1), NOW)).toMatchObject({ ok: false, problem: { code: 'tooLarge' } })
    expect(checkBackup(new Uint8Array(20 * 1024 * 1024 + 1), NOW)).toMatchObject({ ok: false, problem: { code: 'tooLarge' } })
  })

  it('accepts dates up to a day ahead of the device clock, not further', () => {
    const at = (offset: number) => serializeBackup(buildBackup({ profile: null, settings: {}, lock: null, journal: [entry(NOW + offset, 'x')] }, NOW))
    expect(checkBackup(at(DAY), NOW).ok).toBe(true)
    expect(checkBackup(at(DAY + 1), NOW)).toMatchObject({ ok: false, problem: { code: 'futureDate', path: 'journal[0].at', entry: 1 } })
  })

  it('names the file after the local day', () => {
    expect(backupFileName(new Date(2026, 3, 2, 23, 59))).toBe('cocoon-backup-2026-04-02.json')
  })

  it('reminds gently: not without data, once when never backed up, again after two weeks', () => {
    expect(backupReminder(null, false, NOW)).toBe('none')
    expect(backupReminder(null, true, NOW)).toBe('never')
    expect(backupReminder(NOW - 14 * DAY, true, NOW)).toBe('none')
    expect(backupReminder(NOW - 14 * DAY - 1, true, NOW)).toBe('old')
  })
})

describe('import planning', () => {
  const existing = [{ ...entry(NOW - 3 * DAY, 'kept'), id: 1 }, { ...entry(NOW - 2 * DAY, 'old version'), id: 2 }]
  const current = { profile: emptyProfile('SE'), journal: existing }

  it('replace clears everything and takes the backup as it is', () => {
    const plan = planImport('replace', { profile: null, settings: { theme: 'dark' }, journal: [{ ...entry(NOW, 'new'), id: 7 }] }, current)
    expect(plan).toMatchObject({ clearFirst: true, profile: null, settings: { theme: 'dark' }, add: [{ id: 7, text: 'new' }], update: [] })
  })

  it('merge keeps the device profile and settings, skips known entries and lets the later edit win', () => {
    const backup = {
      profile: emptyProfile('NL'),
      settings: { theme: 'dark' as const },
      journal: [{ ...entry(NOW - 3 * DAY, 'kept'), id: 40 }, { ...entry(NOW - 2 * DAY, 'new version', NOW - DAY), id: 41 }, { ...entry(NOW - DAY, 'brand new'), id: 1 }],
    }
    const plan = planImport('merge', backup, current)
    expect(plan).toMatchObject({ clearFirst: false, profile: undefined, settings: {}, unchanged: 1 })
    expect(plan.update).toEqual([{ ...entry(NOW - 2 * DAY, 'new version', NOW - DAY), id: 2 }])
    expect(plan.add).toEqual([entry(NOW - DAY, 'brand new')])
  })

  it('merge never lets an older copy overwrite a newer edit on the device', () => {
    const plan = planImport('merge', { profile: null, settings: {}, journal: [entry(NOW - 2 * DAY, 'stale', NOW - 2 * DAY)] }, { profile: null, journal: [{ ...entry(NOW - 2 * DAY, 'fresh', NOW), id: 2 }] })
    expect(plan).toMatchObject({ add: [], update: [], unchanged: 1, profile: null })
  })
})
