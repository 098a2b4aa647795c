import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { CocoonDatabase } from '@/db/database'
import { clearDraft, loadDraft, saveDraft } from '@/db/drafts'
import {
  addEntry,
  deleteEntry,
  entriesBetween,
  entriesSince,
  moodPoints,
  pageEntries,
  restoreEntry,
  updateEntry,
} from '@/db/journal'
import type { StoredEntry } from '@/db/rows'
import { observeLive } from '@/db/live'
import { schemaVersions } from '@/db/schema'
import type { EntryContent } from '@/domain/entryValidation'
import { emptyDraft, type JournalEntry, type MoodLevel } from '@/domain/journal'
import { noFilter } from '@/domain/journalSearch'
import { countRows, readEntry, storeEntries } from '../../fixtures/db/journalEntries'
import { makeContent, makeEntry } from '../../support/entries'

const content = (changes: Partial<EntryContent> = {}): EntryContent => makeContent(changes)

function generated(count: number, start = Date.UTC(2026, 0, 1)): JournalEntry[] {
  return Array.from({ length: count }, (_, index) =>
    makeEntry({
      at: start + index * 3_600_000,
      mood: ((index % 5) + 1) as MoodLevel,
      feelings: index % 7 === 0 ? ['lonely'] : [],
      text: index % 1000 === 999 ? `needle ${index}` : `entry ${index}`,
      createdAt: start,
      updatedAt: start,
    }),
  )
}

describe('journal repository', () => {
  it('adds an entry and reads it back with its new id', async () => {
    const saved = await addEntry(content({ text: 'first', harmThoughts: true }), 1000)
    expect(saved.id).toBeTypeOf('number')
    expect(await readEntry(saved.id)).toEqual({
      ...content({ text: 'first', harmThoughts: true }),
      id: saved.id,
      createdAt: 1000,
      updatedAt: 1000,
    })
    expect(await countRows()).toBe(1)
  })

  it('updates an entry, keeping when it was created and dropping a cleared harm flag', async () => {
    const saved = await addEntry(content({ harmThoughts: true }), 1000)
    const updated = await updateEntry(saved.id, content({ mood: 5, text: 'better' }), 2000)
    expect(await readEntry(saved.id)).toEqual(updated)
    expect(updated).toMatchObject({ mood: 5, text: 'better', createdAt: 1000, updatedAt: 2000 })
    expect(updated).not.toHaveProperty('harmThoughts')
  })

  it('deletes an entry and can put it back under the same id', async () => {
    const saved = await addEntry(content({ text: 'keep me' }))
    const deleted = await deleteEntry(saved.id)
    expect(deleted).toEqual(saved)
    expect(await countRows()).toBe(0)
    await restoreEntry(deleted!)
    expect(await readEntry(saved.id)).toEqual(saved)
    expect(await deleteEntry(9999)).toBeNull()
  })

  it('pages newest first with a cursor, without skipping entries that share a time', async () => {
    const sameTime = Date.UTC(2026, 3, 5)
    await storeEntries([...generated(5), ...generated(4, sameTime).map((entry) => ({ ...entry, at: sameTime }))])
    const seen: number[] = []
    let page = await pageEntries({ limit: 3 })
    seen.push(...page.entries.map((entry) => entry.id))
    while (page.next) {
      page = await pageEntries({ before: page.next, limit: 3 })
      seen.push(...page.entries.map((entry) => entry.id))
    }
    expect(seen).toHaveLength(9)
    expect(new Set(seen).size).toBe(9)
    const all = await Promise.all(seen.map((id) => readEntry(id)))
    const times = all.map((entry) => entry!.at)
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('searches text and filters by mood and feeling across many entries, newest first', async () => {
    await storeEntries(generated(3000))
    const found = await pageEntries({ limit: 10, filter: { ...noFilter, text: 'NEEDLE' } })
    expect(found.entries.map((entry) => entry.text)).toEqual(['needle 2999', 'needle 1999', 'needle 999'])
    expect(found.next).toBeNull()

    const lonelyLow = await pageEntries({ limit: 4, filter: { text: '', moods: [1], feelings: ['lonely'] } })
    expect(lonelyLow.entries).toHaveLength(4)
    expect(lonelyLow.entries.every((entry) => entry.mood === 1 && entry.feelings.includes('lonely'))).toBe(true)
    expect(lonelyLow.next).not.toBeNull()
    const more = await pageEntries({
      before: lonelyLow.next,
      limit: 4,
      filter: { text: '', moods: [1], feelings: ['lonely'] },
    })
    expect(more.entries[0]!.at).toBeLessThan(lonelyLow.entries[3]!.at)
  })

  it('reads back a shown page by its bounds, newest first, whatever was written around it', async () => {
    const sameTime = Date.UTC(2026, 0, 5)
    await storeEntries([...generated(6), ...generated(3).map((entry) => ({ ...entry, at: sameTime }))])
    const first = await pageEntries({ limit: 4 })
    const second = await pageEntries({ before: first.next, limit: 4 })
    const cursorOf = (entry: StoredEntry) => ({ at: entry.at, id: entry.id })
    const through = cursorOf(second.entries.at(-1)!)
    await addEntry(content({ at: Date.UTC(2027, 0, 1), text: 'later' }))
    expect(await entriesBetween({ after: first.next, through })).toEqual(second.entries)
    expect((await entriesBetween({ after: null, through: first.next! })).map((entry) => entry.text)).toEqual([
      'later',
      ...first.entries.map((entry) => entry.text),
    ])
    expect(
      await entriesBetween({ after: first.next, through, filter: { ...noFilter, moods: [second.entries[0]!.mood] } }),
    ).toEqual([second.entries[0]])
  })

  it('reads only the entries since an instant for the noticing rule', async () => {
    await storeEntries(generated(48))
    const since = Date.UTC(2026, 0, 2, 12)
    const recent = await entriesSince(since)
    expect(recent).toHaveLength(12)
    expect(recent.every((entry) => entry.at >= since)).toBe(true)
  })

  it('gives the chart time and mood of every entry, oldest first', async () => {
    await storeEntries(generated(3).reverse())
    expect(await moodPoints()).toEqual([
      { at: Date.UTC(2026, 0, 1), mood: 1 },
      { at: Date.UTC(2026, 0, 1, 1), mood: 2 },
      { at: Date.UTC(2026, 0, 1, 2), mood: 3 },
    ])
  })
})

describe('drafts', () => {
  it('keeps a draft until it is cleared', async () => {
    expect(await loadDraft('journal:new')).toBeNull()
    const draft = { ...emptyDraft(), mood: 2 as const, text: 'half a sentence' }
    await saveDraft('journal:new', draft)
    await saveDraft('journal:edit:3', emptyDraft())
    expect(await loadDraft('journal:new')).toEqual(draft)
    await clearDraft('journal:new')
    expect(await loadDraft('journal:new')).toBeNull()
    expect(await loadDraft('journal:edit:3')).toEqual(emptyDraft())
  })
})

describe('live queries', () => {
  it('brings every change to a query until it is stopped', async () => {
    const results: number[] = []
    const stop = observeLive(() => countRows(), { next: (count) => results.push(count) })
    await expect.poll(() => results).toEqual([0])
    // Subscribed after the first, so it hears of every write after the first would have.
    const witnessed: number[] = []
    const stopWitness = observeLive(() => countRows(), { next: (count) => witnessed.push(count) })
    await expect.poll(() => witnessed).toEqual([0])
    await addEntry(content())
    await expect.poll(() => results).toEqual([0, 1])
    stop()
    await addEntry(content())
    await expect.poll(() => witnessed.at(-1)).toBe(2)
    expect(results).toEqual([0, 1])
    stopWitness()
  })

  it('follows a search page through the codec as entries are written', async () => {
    const pages: string[][] = []
    const stop = observeLive(() => pageEntries({ limit: 5, filter: { ...noFilter, text: 'calm' } }), {
      next: (page) => pages.push(page.entries.map((entry) => entry.text)),
    })
    await expect.poll(() => pages).toEqual([[]])
    await addEntry(content({ text: 'a calm night' }))
    await expect.poll(() => pages.at(-1)).toEqual(['a calm night'])
    stop()
  })
})

describe('journal schema version 2', () => {
  it('gives entries written at version 1 empty feelings, helped and sleep', async () => {
    const name = 'journal-v1-defaults'
    const old = new CocoonDatabase(
      name,
      schemaVersions.filter((schema) => schema.version === 1),
    )
    await old.open()
    await old.table('journal').add({ id: 1, at: 5, mood: 2, text: 'old', createdAt: 5, updatedAt: 5 })
    old.close()
    const current = new CocoonDatabase(name)
    await current.open()
    expect(await current.journal.get(1)).toEqual({
      id: 1,
      at: 5,
      mood: 2,
      text: 'old',
      createdAt: 5,
      updatedAt: 5,
      feelings: [],
      helped: [],
      sleepHours: null,
    })
    current.close()
    await Dexie.delete(name)
  })
})
