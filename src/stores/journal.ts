import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useNow } from '@vueuse/core'
import type { EntryContent } from '@/domain/entryValidation'
import type { JournalEntry } from '@/domain/journal'
import type { JournalFilter } from '@/domain/journalSearch'
import { NOTICING, dailySummaries, moodTrend, noticeFor, weeklySummaries, type MoodPoint } from '@/domain/mood'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { isStorageError } from '@/db/errors'
import { addEntry, deleteEntry, entriesSince, moodPoints, restoreEntry, updateEntry } from '@/db/journal'
import { useJournalPages } from '@/composables/useJournalPages'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useStoragePersistence } from '@/composables/useStoragePersistence'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

export const JOURNAL_PAGE_SIZE = 30
export const NEW_ENTRY_DRAFT = 'journal:new'
export const editDraftKey = (id: number) => `journal:edit:${id}`

export const useJournalStore = defineStore('journal', () => {
  const profile = useProfileStore()
  const persistence = useStoragePersistence()
  const storage = useStorageStore()
  const now = useNow({ interval: 60_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)

  const filter = reactive<JournalFilter>({ text: '', moods: [], feelings: [] })
  const page = useJournalPages(
    () => ({ text: filter.text, moods: [...filter.moods], feelings: [...filter.feelings] }),
    JOURNAL_PAGE_SIZE,
  )
  const { entries, hasMore, loadingMore, loadMore } = page
  const listReady = page.ready

  // The first page of entries is what the parent came for: the notice and the chart read after it.
  const firstPageShown = ref(false)
  watch([listReady, page.error], ([ready, error]) => (ready || error !== null) && (firstPageShown.value = true), {
    immediate: true,
  })
  const afterFirstPage =
    <T>(query: () => Promise<T>, empty: T) =>
    () =>
      firstPageShown.value ? query() : Promise.resolve(empty)

  // The noticing rule looks at two weeks; the start moves by the hour so the query is not redone every minute.
  const recentSince = computed(
    () => Math.floor((now.value.getTime() - NOTICING.windowDays * DAY_MS) / HOUR_MS) * HOUR_MS - HOUR_MS,
  )
  const recent = useLiveQuery(
    afterFirstPage(() => entriesSince(recentSince.value), []),
    {
      initial: [] as JournalEntry[],
      deps: () => [recentSince.value, firstPageShown.value],
    },
  )
  const notice = computed(() => noticeFor(recent.data.value, birthAt.value, now.value.getTime()))

  const chart = useLiveQuery(afterFirstPage(moodPoints, []), { initial: [] as MoodPoint[], deps: firstPageShown })
  const days = computed(() => dailySummaries(chart.data.value, birthAt.value))
  const weeks = computed(() => weeklySummaries(days.value))
  const trend = computed(() => moodTrend(chart.data.value, now.value.getTime()))
  const totalCount = computed(() => chart.data.value.length)

  // A read that fails (IndexedDB gone, a row that will not decode) must not look like an empty journal.
  const readFailed = computed(() => [page, recent, chart].some((query) => query.error.value !== null))
  watch([page.error, recent.error, chart.error], (errors) => {
    for (const error of errors) if (error !== null && isStorageError(error)) storage.report(error)
  })

  let askedForPersistence = false
  async function save(content: EntryContent, id?: number): Promise<JournalEntry> {
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
  const lastDeleted = shallowRef<JournalEntry | null>(null)

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
    readFailed,
    hasMore,
    loadingMore,
    loadMore,
    notice,
    days,
    weeks,
    trend,
    totalCount,
    save,
    remove,
    lastDeleted,
    undoDelete,
    forgetDeleted,
  }
})
