import { describe, expect, it } from 'vitest'
import { backupFileName, backupReminder, buildBackup, serializeBackup } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import { BIRTH_FUTURE_SLACK_MS, parseBirthInput } from '@/domain/birthInput'
import { planImport } from '@/domain/importPlan'
import type { JournalEntry } from '@/domain/journal'
import { emptyProfile } from '@/domain/profile'
import { makeEntry } from '../../support/entries'

const NOW = Date.UTC(2026, 10, 1)
const DAY = 86_400_000
const entry = (at: number, text: string, updatedAt = at): JournalEntry => makeEntry({ at, text, updatedAt })

describe('backup format', () => {
  it('summarises the entries and their date range', () => {
    const backup = buildBackup(
      {
        profile: emptyProfile('NL'),
        settings: {},
        lock: null,
        journal: [entry(NOW - 5 * DAY, 'b'), entry(NOW - 9 * DAY, 'a')],
      },
      NOW,
    )
    expect(checkBackup(serializeBackup(backup), NOW)).toMatchObject({
      ok: true,
      summary: {
        version: 3,
        entries: 2,
        logEvents: 0,
        firstAt: NOW - 9 * DAY,
        lastAt: NOW - 5 * DAY,
        locked: false,
        hasProfile: true,
      },
    })
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(checkBackup(' '.repeat(20 * 1024 * 1024 + 1), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge' },
    })
    expect(checkBackup(new Uint8Array(20 * 1024 * 1024 + 1), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge' },
    })
  })

  it('accepts dates up to a day ahead of the device clock, not further', () => {
    const at = (offset: number) =>
      serializeBackup(
        buildBackup({ profile: null, settings: {}, lock: null, journal: [entry(NOW + offset, 'x')] }, NOW),
      )
    expect(checkBackup(at(DAY), NOW).ok).toBe(true)
    expect(checkBackup(at(DAY + 1), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'futureDate', path: 'journal[0].at', entry: 1 },
    })
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

describe('checking large and unusual backups', () => {
  const file = (journal: unknown[], settings: object = {}) =>
    JSON.stringify({
      format: 'cocoon-backup',
      version: 2,
      exportedAt: NOW,
      profile: null,
      settings,
      lock: null,
      journal,
    })

  it('tells entries for the same moment apart by content and finds the one that repeats another', () => {
    const moment = NOW - DAY
    const journal = [
      { ...entry(moment, 'first'), id: 1 },
      { ...entry(moment, 'second'), id: 2 },
      { ...entry(moment - 1, 'first'), id: 3 },
    ]
    expect(checkBackup(file(journal), NOW)).toMatchObject({ ok: true, summary: { entries: 3 } })
    expect(checkBackup(file([...journal, { ...entry(moment, 'second'), id: 4 }]), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'duplicateEntry', path: 'journal[3]', entry: 4 },
    })
  })

  it('names the exact place of a problem deep inside an entry', () => {
    const journal = [entry(NOW - DAY, 'a'), { ...entry(NOW, 'b'), feelings: ['calm', 'grumpy'] }]
    expect(checkBackup(file(journal), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'unknownValue', path: 'journal[1].feelings[1]', entry: 2 },
    })
    expect(checkBackup(file([{ ...entry(NOW, 'b'), '': 1 }]), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'unknownField', path: 'journal[0].' },
    })
  })

  it('accepts forbidden names, escapes and brackets as words in a text, but never as keys', () => {
    // A control character is written as a \u escape, so this text also makes the check look at every key.
    const words = 'the constructor of __proto__ and prototype \\" [[[[[[[[[[[[{{{{{{{{{{ \u0001'
    expect(checkBackup(file([entry(NOW, words)]), NOW)).toMatchObject({
      ok: true,
      backup: { journal: [{ text: words }] },
    })
    const escaped = file([entry(NOW, words)], { theme: 'dark', extra: { HIDDEN: { polluted: true } } }).replace(
      'HIDDEN',
      '\\u005f_proto__',
    )
    expect(checkBackup(escaped, NOW)).toMatchObject({ ok: false, problem: { code: 'forbiddenKey', path: '__proto__' } })
    const nested = file([], { extra: { constructor: { prototype: 1 } } })
    expect(checkBackup(nested, NOW)).toMatchObject({ ok: false, problem: { code: 'forbiddenKey', path: 'prototype' } })
  })

  // Speed is measured by bench/backup.mjs; here only that a full-size journal is accepted whole.
  it('accepts a backup of ten thousand entries', () => {
    const journal = Array.from({ length: 10_000 }, (_, index) => ({
      ...entry(NOW - (index + 1) * 60_000, `Night ${index}: fed at two and at five. åäö 🌙`),
      id: index + 1,
    }))
    const text = file(journal)
    expect(checkBackup(new TextEncoder().encode(text), NOW)).toMatchObject({ ok: true, summary: { entries: 10_000 } })
  })
})

describe('import planning', () => {
  const existing = [
    { ...entry(NOW - 3 * DAY, 'kept'), id: 1 },
    { ...entry(NOW - 2 * DAY, 'old version'), id: 2 },
  ]
  const current = { profile: emptyProfile('SE'), journal: existing }

  it('replace clears everything and takes the backup as it is, leaving the ids to the database', () => {
    const journal = [
      { ...entry(NOW, 'later id'), id: Number.MAX_SAFE_INTEGER },
      { ...entry(NOW, 'no id') },
      { ...entry(NOW, 'new'), id: 7 },
    ]
    const plan = planImport('replace', { profile: null, settings: { theme: 'dark' }, journal }, current)
    expect(plan).toMatchObject({ clearFirst: true, profile: null, settings: { theme: 'dark' }, update: [] })
    expect(plan.add.map((added) => [added.id, added.text])).toEqual([
      [undefined, 'new'],
      [undefined, 'later id'],
      [undefined, 'no id'],
    ])
  })

  it('merge keeps the device profile and settings, skips known entries and lets the later edit win', () => {
    const backup = {
      profile: emptyProfile('NL'),
      settings: { theme: 'dark' as const },
      journal: [
        { ...entry(NOW - 3 * DAY, 'kept'), id: 40 },
        { ...entry(NOW - 2 * DAY, 'new version', NOW - DAY), id: 41 },
        { ...entry(NOW - DAY, 'brand new'), id: 1 },
      ],
    }
    const plan = planImport('merge', backup, current)
    expect(plan).toMatchObject({ clearFirst: false, profile: undefined, settings: {}, unchanged: 1 })
    expect(plan.update).toEqual([{ ...entry(NOW - 2 * DAY, 'new version', NOW - DAY), id: 2 }])
    expect(plan.add).toEqual([entry(NOW - DAY, 'brand new')])
  })

  it('merge never lets an older copy overwrite a newer edit on the device', () => {
    const plan = planImport(
      'merge',
      { profile: null, settings: {}, journal: [entry(NOW - 2 * DAY, 'stale', NOW - 2 * DAY)] },
      { profile: null, journal: [{ ...entry(NOW - 2 * DAY, 'fresh', NOW), id: 2 }] },
    )
    expect(plan).toMatchObject({ add: [], update: [], unchanged: 1, profile: null })
  })
})

describe('the birth time in a backup', () => {
  const withBirth = (birthAt: number) =>
    serializeBackup(
      buildBackup({ profile: { ...emptyProfile('SE'), birthAt }, settings: {}, lock: null, journal: [] }, NOW - 60_000),
    )
  const formAccepts = (birthAt: number) => {
    const local = new Date(birthAt)
    const pad = (n: number) => String(n).padStart(2, '0')
    const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`
    return parseBirthInput(date, `${pad(local.getHours())}:${pad(local.getMinutes())}`, NOW).ok
  }

  it('follows the form: up to two minutes ahead of the clock, never more', () => {
    expect(checkBackup(withBirth(NOW + BIRTH_FUTURE_SLACK_MS), NOW).ok).toBe(true)
    expect(formAccepts(NOW + BIRTH_FUTURE_SLACK_MS)).toBe(true)
    expect(checkBackup(withBirth(NOW + BIRTH_FUTURE_SLACK_MS + 60_000), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'futureDate', path: 'profile.birthAt' },
    })
    expect(formAccepts(NOW + BIRTH_FUTURE_SLACK_MS + 60_000)).toBe(false)
    expect(checkBackup(withBirth(NOW + 12 * 3_600_000), NOW).ok).toBe(false)
  })
})
