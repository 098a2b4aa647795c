import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { pageEntries } from '@/db/journal'
import type { JournalEntry } from '@/domain/journal'
import { JOURNAL_PAGE_SIZE, useJournalStore } from '@/stores/journal'
import { countRows, storeEntries } from '../../fixtures/db/journalEntries'

const birthAt = Date.UTC(2026, 2, 1, 6, 0)
const entry = (changes: Partial<JournalEntry>): JournalEntry => ({
  at: birthAt,
  mood: 3,
  feelings: [],
  helped: [],
  sleepHours: null,
  text: '',
  createdAt: birthAt,
  updatedAt: birthAt,
  ...changes,
})

describe('the journal store', { timeout: 20_000 }, () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('saves a new entry and hands it back with its id', async () => {
    const journal = useJournalStore()
    // As on the journal page, where the list has been read before anyone can save.
    await vi.waitFor(() => expect(journal.listReady).toBe(true), { timeout: 10_000 })
    const saved = await journal.save({
      at: birthAt,
      mood: 2,
      feelings: [],
      helped: [],
      sleepHours: null,
      text: 'hard night',
    })
    expect(saved).toMatchObject({ id: expect.any(Number), mood: 2, text: 'hard night' })
    await vi.waitFor(() => expect(journal.entries.map((shown) => shown.id)).toEqual([saved.id]), { timeout: 10_000 })
  })

  it('takes a delete back with undo, under the same id', async () => {
    await storeEntries([entry({ text: 'keep me' })])
    const journal = useJournalStore()
    const [stored] = (await pageEntries({ limit: 1 })).entries
    await journal.remove(stored!.id)
    expect(await countRows()).toBe(0)
    await journal.undoDelete()
    expect((await pageEntries({ limit: 1 })).entries).toEqual([stored])
    expect(journal.lastDeleted).toBeNull()
  })

  it('keeps every loaded page in step with writes at the top, inside and at the edge of older pages', async () => {
    await storeEntries(
      Array.from({ length: 70 }, (_, index) => entry({ at: birthAt + index * 60_000, text: `entry ${index}` })),
    )
    const journal = useJournalStore()
    const texts = () => journal.entries.map((shown) => shown.text)
    await vi.waitFor(() => expect(journal.entries).toHaveLength(JOURNAL_PAGE_SIZE))
    journal.loadMore()
    await vi.waitFor(() => expect(journal.entries).toHaveLength(2 * JOURNAL_PAGE_SIZE))
    expect(journal.hasMore).toBe(true)

    await journal.save({
      at: birthAt + 100 * 60_000,
      mood: 4,
      feelings: [],
      helped: [],
      sleepHours: null,
      text: 'newest',
    })
    await vi.waitFor(() => expect(texts()[0]).toBe('newest'))
    const edge = journal.entries[JOURNAL_PAGE_SIZE]!
    await journal.remove(edge.id)
    const inside = journal.entries.find((shown) => shown.text === 'entry 20')!
    await journal.save({ ...inside, text: 'entry 20, edited' }, inside.id)
    await vi.waitFor(() => expect(texts()).toContain('entry 20, edited'))
    await vi.waitFor(() => expect(texts()).not.toContain(edge.text))
    expect(texts()).toEqual(
      ['newest', ...Array.from({ length: 60 }, (_, index) => `entry ${69 - index}`)]
        .filter((text) => text !== edge.text)
        .map((text) => (text === 'entry 20' ? 'entry 20, edited' : text)),
    )

    journal.loadMore()
    await vi.waitFor(() => expect(journal.hasMore).toBe(false))
    expect(texts()).toHaveLength(70)
    expect(new Set(texts()).size).toBe(70)
  })

  it('keeps undo available with no time limit, until dismissed, replaced or the journal is left', async () => {
    await storeEntries([entry({ at: birthAt + 1, text: 'first' }), entry({ at: birthAt + 2, text: 'second' })])
    const journal = useJournalStore()
    const [second, first] = (await pageEntries({ limit: 2 })).entries
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await journal.remove(first!.id)
    vi.advanceTimersByTime(60 * 60_000)
    expect(journal.lastDeleted?.text).toBe('first')
    vi.useRealTimers()
    await journal.remove(second!.id)
    expect(journal.lastDeleted?.text).toBe('second')
    journal.forgetDeleted()
    expect(journal.lastDeleted).toBeNull()
  })
})
