import { readdirSync, readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { eraseEverything, exportBackup, importBackup } from '@/db/backup'
import { database, useDatabaseNamed } from '@/db/connection'
import { loadDraft, saveDraft } from '@/db/drafts'
import { enableLock } from '@/db/lock'
import { saveProfile } from '@/db/profile'
import type { DraftRow } from '@/db/rows'
import { saveSetting } from '@/db/settings'
import { checkBackup } from '@/domain/backupValidation'
import { deriveKey } from '@/domain/crypto'
import { emptyDraft, type JournalEntry } from '@/domain/journal'
import { emptyProfile } from '@/domain/profile'
import { readEntry, storeEntries } from '../../fixtures/db/journalEntries'
import { makeEntry } from '../../support/entries'

const NOW = Date.UTC(2026, 10, 1)
const corpus = join(process.cwd(), 'tests/fixtures/backups')

function entry(index: number, text = `Entry number ${index}`): JournalEntry {
  return makeEntry({
    at: Date.UTC(2026, 3, 1) + index * 3_600_000,
    mood: ((index % 5) + 1) as JournalEntry['mood'],
    feelings: index % 2 ? ['calm'] : [],
    helped: ['rest'],
    sleepHours: index % 3 ? 4 : null,
    text,
  })
}

async function seed(count = 3): Promise<void> {
  await saveProfile({ ...emptyProfile('SE'), birthAt: Date.UTC(2026, 2, 29) })
  await saveSetting('theme', 'dark')
  await saveSetting('lastOpenedAt', Date.UTC(2026, 3, 2))
  await storeEntries(Array.from({ length: count }, (_, index) => entry(index)))
  await saveDraft('journal:new', { ...emptyDraft(), text: 'half a thought' })
}

/** Every row of every table, to prove that a failed or refused import changed nothing. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const db = await database()
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])))
}

function parse(text: string) {
  const result = checkBackup(text, NOW)
  if (!result.ok) throw new Error(`rejected: ${result.problem.code} at ${result.problem.path}`)
  return result
}

// Thousands of rows and 600,000-round key derivations: more than the default time on a busy machine.
describe('backup export and import', { timeout: 60_000 }, () => {
  it('exports everything with progress and restores it exactly after everything was deleted', async () => {
    await seed(2_500)
    const progress = vi.fn()
    const { text, summary } = await exportBackup(progress, NOW)
    expect(summary).toMatchObject({ entries: 2_500, locked: false, hasProfile: true })
    expect(progress).toHaveBeenLastCalledWith(2_500, 2_500)
    expect(progress.mock.calls.length).toBeGreaterThan(2)
    const before = await snapshot()

    await eraseEverything()
    expect(Object.values(await snapshot()).every((rows) => rows.length === 0)).toBe(true)
    expect(await importBackup(parse(text).backup, 'replace', { now: NOW })).toMatchObject({ added: 2_500 })

    const after = await snapshot()
    expect(after.journal).toEqual(before.journal)
    expect(after.settings).toContainEqual({ key: 'theme', value: 'dark' })
    expect(after.settings).not.toContainEqual(expect.objectContaining({ key: 'lastOpenedAt' }))
    expect(after.profile).toEqual([expect.objectContaining({ country: 'SE', birthAt: Date.UTC(2026, 2, 29) })])
  })

  it('merges without duplicates: known entries are skipped, new ones added, a later edit wins', async () => {
    await seed(3)
    const { text } = await exportBackup(undefined, NOW)
    const backup = parse(text).backup
    const [first, second] = backup.journal as JournalEntry[]
    backup.journal = [
      first!,
      { ...second!, text: 'edited later', updatedAt: second!.updatedAt + 1 },
      { ...entry(50), id: 99 },
    ]
    const result = await importBackup(backup, 'merge', { now: NOW })
    expect(result).toEqual({ mode: 'merge', added: 1, updated: 1, unchanged: 1 })
    const texts = (await snapshot()).journal!.map((row) => (row as JournalEntry).text).sort()
    expect(texts).toEqual(['Entry number 0', 'Entry number 2', 'Entry number 50', 'edited later'])
  })

  it('leaves the database exactly as before when the import transaction fails', async () => {
    await seed(5)
    const backup = parse(readFileSync(join(corpus, 'good/v2-readable-journal.json'), 'utf8')).backup
    const before = await snapshot()
    const db = await database()
    vi.spyOn(db.journal, 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    )
    await expect(importBackup(backup, 'replace', { now: NOW })).rejects.toThrow(/quota/)
    expect(await snapshot()).toEqual(before)
  })

  it('imports a backup from the first release (version 1)', async () => {
    const result = parse(readFileSync(join(corpus, 'good/v1-first-release.json'), 'utf8'))
    expect(result.summary).toMatchObject({ version: 1, entries: 2 })
    await importBackup(result.backup, 'replace', { now: NOW })
    expect((await snapshot()).journal).toContainEqual(
      expect.objectContaining({ text: '<b>not bold</b> & "quoted"', feelings: [], helped: [], sleepHours: null }),
    )
  })
})

describe('backups of a locked journal', { timeout: 60_000 }, () => {
  it('stay sealed, and restore on a new device only with the passcode, bringing the lock along', async () => {
    await seed(3)
    await storeEntries([entry(9, 'MARKER-secret-words')])
    await enableLock('2468')
    const { text, summary } = await exportBackup(undefined, NOW)
    expect(summary.locked).toBe(true)
    expect(text).not.toContain('MARKER-secret-words')
    expect(text).not.toContain('Entry number')

    await eraseEverything()
    const { backup } = parse(text)
    await expect(importBackup(backup, 'replace', { now: NOW })).rejects.toThrow(/locked/)
    const key = await deriveKey('2468', backup.lock!)
    await importBackup(backup, 'replace', { backupKey: key, now: NOW })
    const stored = await snapshot()
    expect(JSON.stringify(stored)).not.toContain('MARKER-secret-words')
    expect(stored.appLock).toHaveLength(1)
    const restored = (stored.journal as { id: number }[]).map((row) => row.id)
    const texts = await Promise.all(restored.map(async (id) => (await readEntry(id))!.text))
    expect(texts).toContain('MARKER-secret-words')
  })

  it('merged into an unlocked device, takes the lock over without losing the newer edits or the draft', async () => {
    await useDatabaseNamed('locked-source')
    await storeEntries([entry(0), { ...entry(1, 'edited in the backup'), updatedAt: entry(1).updatedAt + 1 }, entry(2)])
    await enableLock('2468')
    const { backup } = parse((await exportBackup(undefined, NOW)).text)
    await eraseEverything()

    await useDatabaseNamed('unlocked-target')
    await seed(3)
    const result = await importBackup(backup, 'merge', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    expect(result).toMatchObject({ updated: 1, unchanged: 2 })

    const stored = await snapshot()
    expect(JSON.stringify(stored)).not.toContain('Entry number')
    expect(JSON.stringify(stored.drafts)).not.toContain('half a thought')
    expect((await readEntry(2))!.text).toBe('edited in the backup')
    expect((await loadDraft('journal:new'))!.text).toBe('half a thought')
    await eraseEverything()
    await Promise.all(['locked-source', 'unlocked-target'].map((name) => Dexie.delete(name)))
  })

  it('opens the committed locked backup file with its passcode', async () => {
    const { backup } = parse(readFileSync(join(corpus, 'good/v2-locked-passcode-2468.json'), 'utf8'))
    await importBackup(backup, 'merge', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    const { pageEntries } = await import('@/db/journal')
    expect((await pageEntries({ limit: 10 })).entries.map(({ text }) => text)).toContain('Nachtvoeding ging goed. 🌙')
  })
})

describe('sealed parts bound to their entries', { timeout: 60_000 }, () => {
  it('open from a file made with binding, and export bound again', async () => {
    const { backup } = parse(readFileSync(join(corpus, 'good/v2-locked-parts-bound-to-their-entries.json'), 'utf8'))
    expect(backup.journal.every((entry) => 'sealed' in entry && entry.sealed.v === 2)).toBe(true)
    await importBackup(backup, 'replace', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    const { pageEntries } = await import('@/db/journal')
    expect((await pageEntries({ limit: 10 })).entries.map(({ text }) => text)).toContain('Nachtvoeding ging goed. 🌙')
    const again = parse((await exportBackup(undefined, NOW)).text).backup
    expect(again.journal.map((entry) => 'sealed' in entry && entry.sealed.v)).toEqual([2, 2, 2])
  })
})

describe('a locked backup with a damaged sealed part', { timeout: 60_000 }, () => {
  it.each(readdirSync(join(corpus, 'unreadable')))(
    'refuses %s as unreadable, with the right passcode, before touching the database',
    async (name) => {
      await seed(2)
      const before = await snapshot()
      const { backup } = parse(readFileSync(join(corpus, 'unreadable', name), 'utf8'))
      const key = await deriveKey('2468', backup.lock!)
      await expect(importBackup(backup, 'merge', { backupKey: key, now: NOW })).rejects.toMatchObject({
        name: 'BackupContentError',
        entry: name.startsWith('parts-swapped') ? 1 : 2,
      })
      expect(await snapshot()).toEqual(before)
    },
  )
})

describe('entry ids from a file', () => {
  const file = () => readFileSync(join(corpus, 'good/v2-entry-ids-at-the-largest-safe-integer.json'), 'utf8')

  it('never decide the next id: saving, exporting and importing again all work after a replace', async () => {
    const { addEntry } = await import('@/db/journal')
    await importBackup(parse(file()).backup, 'replace', { now: NOW })
    const ids = (await snapshot()).journal!.map((row) => (row as JournalEntry).id)
    expect(ids).toEqual([1, 2])
    expect((await addEntry(entry(5), NOW)).id).toBe(3)
    const again = parse((await exportBackup(undefined, NOW)).text)
    expect(again.summary.entries).toBe(3)
    await importBackup(again.backup, 'merge', { now: NOW })
    expect((await addEntry(entry(6), NOW)).id).toBe(4)
  })

  it('leave a fresh start after "Delete everything" on a device that holds the largest id', async () => {
    const { addEntry } = await import('@/db/journal')
    await (await database()).journal.put({ ...entry(1), id: Number.MAX_SAFE_INTEGER })
    await eraseEverything()
    expect((await addEntry(entry(2), NOW)).id).toBe(1)
  })

  it('are repaired when the database opens on a device already in that state', async () => {
    const { addEntry } = await import('@/db/journal')
    const { reconnect } = await import('@/db/connection')
    const db = await database()
    await db.journal.bulkPut([
      { ...entry(1), id: 3 },
      { ...entry(2), id: Number.MAX_SAFE_INTEGER },
    ])
    await db.drafts.put({
      key: `journal:edit:${Number.MAX_SAFE_INTEGER}`,
      updatedAt: NOW,
      draft: emptyDraft(),
    } as DraftRow)
    await reconnect()
    expect((await addEntry(entry(3), NOW)).id).toBe(3)
    const stored = await snapshot()
    expect(stored.journal!.map((row) => [(row as JournalEntry).id, (row as JournalEntry).text])).toEqual([
      [1, 'Entry number 1'],
      [2, 'Entry number 2'],
      [3, 'Entry number 3'],
    ])
    expect(stored.drafts!.map((row) => (row as { key: string }).key)).toEqual(['journal:edit:2'])
  })
})

describe('mood and feelings in a locked backup', { timeout: 60_000 }, () => {
  const moods = async () => {
    const { pageEntries } = await import('@/db/journal')
    return (await pageEntries({ limit: 10 })).entries.map(({ mood, feelings }) => ({ mood, feelings })).reverse()
  }
  const fileMoods = [
    { mood: 2, feelings: ['tearful', 'exhausted'] },
    { mood: 4, feelings: ['calm', 'connected'] },
    { mood: 3, feelings: [] },
  ]
  const rowKeys = async () => (await snapshot()).journal!.map((row) => Object.keys(row as object).sort())
  const timesOnly = ['at', 'createdAt', 'id', 'sealed', 'updatedAt']

  it('are sealed: each entry carries only its times and the envelope, and comes back with the passcode', async () => {
    await storeEntries([
      { ...entry(1), mood: 1, feelings: ['lonely', 'overwhelmed'] },
      { ...entry(2), mood: 5, feelings: ['happy'] },
    ])
    await enableLock('2468')
    const { lockNow } = await import('@/db/lock')
    lockNow()
    const { text } = await exportBackup(undefined, NOW)
    const { backup } = parse(text)
    for (const saved of backup.journal) expect(Object.keys(saved).sort()).toEqual(timesOnly)
    expect(text).not.toMatch(/mood|feelings|lonely|overwhelmed|happy/)

    await eraseEverything()
    await importBackup(backup, 'replace', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    expect(await rowKeys()).toEqual([timesOnly, timesOnly])
    expect(await moods()).toEqual([
      { mood: 1, feelings: ['lonely', 'overwhelmed'] },
      { mood: 5, feelings: ['happy'] },
    ])
  })

  it('open from the committed file sealed that way', async () => {
    const { backup } = parse(readFileSync(join(corpus, 'good/v3-locked-mood-and-feelings-sealed.json'), 'utf8'))
    for (const saved of backup.journal) expect(Object.keys(saved).sort()).toEqual(timesOnly)
    await importBackup(backup, 'replace', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    expect(await moods()).toEqual(fileMoods)
  })

  it.each(['v2-locked-passcode-2468.json', 'v2-locked-parts-bound-to-their-entries.json'])(
    'beside the envelope, as an earlier lock wrote them (%s), still restore, stored sealed whole',
    async (name) => {
      const { backup } = parse(readFileSync(join(corpus, 'good', name), 'utf8'))
      expect(backup.journal.every((saved) => 'sealed' in saved && 'mood' in saved)).toBe(true)
      await importBackup(backup, 'replace', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
      expect(await moods()).toEqual(fileMoods)
      expect(await rowKeys()).toEqual([timesOnly, timesOnly, timesOnly])
      expect(await (await database()).appLock.get('current')).toMatchObject({ wholeEntriesSealed: true })
    },
  )

  it('beside the envelope are merged into a phone with its own lock, sealed whole under its key', async () => {
    await seed(2)
    await enableLock('river-lamp-quiet')
    const { backup } = parse(readFileSync(join(corpus, 'good/v2-locked-parts-bound-to-their-entries.json'), 'utf8'))
    const result = await importBackup(backup, 'merge', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    expect(result).toMatchObject({ added: 3 })
    for (const keys of await rowKeys()) expect(keys).toEqual(timesOnly)
    const all = await moods()
    expect(all).toHaveLength(5)
    expect(all).toEqual(expect.arrayContaining(fileMoods))
  })

  it('still beside the envelope in a backup made while locked, before the first unlock, travel and restore', async () => {
    const { storeOldShapeJournal } = await import('../../fixtures/db/journalEntries')
    await storeOldShapeJournal('v2-locked-parts-bound-to-their-entries.json')
    const { backup } = parse((await exportBackup(undefined, NOW)).text)
    expect(backup.journal.map((saved) => 'mood' in saved && saved.mood)).toEqual([2, 4, 3])
    await eraseEverything()
    await importBackup(backup, 'replace', { backupKey: await deriveKey('2468', backup.lock!), now: NOW })
    expect(await moods()).toEqual(fileMoods)
  })
})
