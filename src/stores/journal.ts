import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import type { EntryContent } from '@/domain/entryValidation'
import type { JournalFilter } from '@/domain/journalSearch'
import { isStorageError } from '@/db/errors'
import { addEntry, deleteEntry, restoreEntry, updateEntry, type StoredEntry } from '@/db/journal'
import { useJournalPages } from '@/composables/useJournalPages'
import { useStoragePersistence } from '@/composables/useStoragePersistence'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

export type { StoredEntry }

export const JOURNAL_PAGE_SIZE = 30
export const NEW_ENTRY_DRAFT = 'journal:new'
export const editDraftKey = (id: number) => `journal:edit:${id}`

/** The journal as a list: what is shown, the search, paging, saving, and taking a delete back. */
export const useJournalStore = defineStore('journal', () => {
  const profile = useProfileStore()
  const persistence = useStoragePersistence()
  const storage = useStorageStore()
  const birthAt = computed(() => profile.profile?.birthAt ?? null)

  const filter = reactive<JournalFilter>({ text: '', moods: [], feelings: [] })
  const pages = useJournalPages(
    () => ({ text: filter.text, moods: [...filter.moods], feelings: [...filter.feelings] }),
    JOURNAL_PAGE_SIZE,
  )
  const { entries, hasMore, loadingMore, loadMore } = pages
  const listReady = pages.ready
  /** The first page has been read (or failed) once: what else the journal page shows may be read now. */
  const firstPageSettled = ref(false)
  watch([listReady, pages.error], ([ready, error]) => (ready || error !== null) && (firstPageSettled.value = true), {
    immediate: true,
  })

  // A read that fails (IndexedDB gone, a row that will not decode) must not look like an empty journal.
  const readFailed = computed(() => pages.error.value !== null)
  watch(pages.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })

  let askedForPersistence = false
  async function save(content: EntryContent, id?: number): Promise<StoredEntry> {
    // Retried once if Safari dropped the connection; a failure is explained with the text kept to copy.
    const saved = await storage.guard(
      () => (id === undefined ? addEntry(content) : updateEntry(id, content)),
      content.text,
    )
    if (!askedForPersistence) {
      askedForPersistence = true
      // The first save is the moment to ask the browser to keep the journal (PWA notes, "Keeping data").
      void persistence.request().catch(() => undefined)
    }
    return saved
  }

  // Kept in memory only until the parent undoes, dismisses, deletes another entry or leaves the
  // journal: no time limit, so nobody has to be quick to take a delete back (WCAG 2.2.1).
  const lastDeleted = shallowRef<StoredEntry | null>(null)

  function forgetDeleted(): void {
    lastDeleted.value = null
  }

  async function remove(id: number): Promise<void> {
    const deleted = await deleteEntry(id)
    forgetDeleted()
    if (!deleted) return
    lastDeleted.value = deleted
  }

  async function undoDelete(): Promise<void> {
    const entry = lastDeleted.value
    if (!entry) return
    await restoreEntry(entry)
    forgetDeleted()
  }

  return {
    birthAt,
    filter,
    entries,
    listReady,
    firstPageSettled,
    readFailed,
    hasMore,
    loadingMore,
    loadMore,
    save,
    remove,
    lastDeleted,
    undoDelete,
    forgetDeleted,
  }
})
