import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useNow } from '@vueuse/core'
import type { EntryContent } from '@/domain/entryValidation'
import type { EntryDraft, JournalEntry } from '@/domain/journal'
import type { JournalFilter } from '@/domain/journalSearch'
import { DAY_MS, NOTICING, dailySummaries, moodTrend, noticeFor, weeklySummaries, type MoodPoint } from '@/domain/mood'
import { clearDraft, loadDraft, saveDraft } from '@/db/drafts'
import { addEntry, deleteEntry, entriesSince, moodPoints, pageEntries, restoreEntry, updateEntry } from '@/db/journal'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useStoragePersistence } from '@/composables/useStoragePersistence'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

export const JOURNAL_PAGE_SIZE = 30
/** How long a deleted entry can be brought back. */
export const UNDO_MS = 10_000
export const NEW_ENTRY_DRAFT = 'journal:new'
export const editDraftKey = (id: number) => `journal:edit:${id}`

const HOUR_MS = 60 * 60 * 1000

export const useJournalStore = defineStore('journal', () => {
  const profile = useProfileStore()
  const persistence = useStoragePersistence()
  const storage = useStorageStore()
  const now = useNow({ interval: 60_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)

  const filter = reactive<JournalFilter>({ text: '', moods: [], feelings: [] })
  const requested = ref(JOURNAL_PAGE_SIZE)
  watch(() => [filter.text, [...filter.moods], [...filter.feelings]], () => (requested.value = JOURNAL_PAGE_SIZE))

  // One entry more than is shown tells whether there is more to load.
  const page = useLiveQuery(
    async () => {
      const limit = requested.value
      const { entries } = await pageEntries({ limit: limit + 1, filter: { text: filter.text, moods: [...filter.moods], feelings: [...filter.feelings] } })
      return { limit, entries }
    },
    { initial: { limit: 0, entries: [] as JournalEntry[] }, deps: () => [requested.value, filter.text, [...filter.moods], [...filter.feelings]] },
  )
  const entries = computed(() => page.data.value.entries.slice(0, page.data.value.limit))
  const listReady = page.ready
  const hasMore = computed(() => page.data.value.entries.length > page.data.value.limit)
  const loadingMore = computed(() => page.data.value.limit !== requested.value)

  function loadMore(): void {
    if (hasMore.value && !loadingMore.value) requested.value += JOURNAL_PAGE_SIZE
  }

  // The first page of entries is what the parent came for: the notice and the chart read after it.
  const firstPageShown = ref(false)
  watch(listReady, (ready) => ready && (firstPageShown.value = true), { immediate: true })
  const afterFirstPage = <T>(query: () => Promise<T>, empty: T) => () => (firstPageShown.value ? query() : Promise.resolve(empty))

  // The noticing rule looks at two weeks; the start moves by the hour so the query is not redone every minute.
  const recentSince = computed(() => Math.floor((now.value.getTime() - NOTICING.windowDays * DAY_MS) / HOUR_MS) * HOUR_MS - HOUR_MS)
  const recent = useLiveQuery(afterFirstPage(() => entriesSince(recentSince.value), []), {
    initial: [] as JournalEntry[],
    deps: () => [recentSince.value, firstPageShown.value],
  })
  const notice = computed(() => noticeFor(recent.data.value, birthAt.value, now.value.getTime()))

  const chart = useLiveQuery(afterFirstPage(moodPoints, []), { initial: [] as MoodPoint[], deps: firstPageShown })
  const days = computed(() => dailySummaries(chart.data.value, birthAt.value))
  const weeks = computed(() => weeklySummaries(days.value))
  const trend = computed(() => moodTrend(chart.data.value, now.value.getTime()))
  const totalCount = computed(() => chart.data.value.length)

  let askedForPersistence = false
  async function save(content: EntryContent, id?: number): Promise<JournalEntry> {
    // Retried once if Safari dropped the connection; a failure is explained with the text kept to copy.
    const saved = await storage.guard(() => (id === undefined ? addEntry(content) : updateEntry(id, content)), content.text)
    if (!askedForPersistence) {
      askedForPersistence = true
      // The first save is the moment to ask the browser to keep the journal (PWA notes, "Keeping data").
      void persistence.request().catch(() => undefined)
    }
    return saved
  }

  const lastDeleted = shallowRef<JournalEntry | null>(null)
  let undoTimer: ReturnType<typeof setTimeout> | undefined

  function forgetDeleted(): void {
    clearTimeout(undoTimer)
    lastDeleted.value = null
  }

  async function remove(id: number): Promise<void> {
    const deleted = await deleteEntry(id)
    forgetDeleted()
    if (!deleted) return
    lastDeleted.value = deleted
    undoTimer = setTimeout(forgetDeleted, UNDO_MS)
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
    loadDraft: (key: string): Promise<EntryDraft | null> => loadDraft(key),
    saveDraft: (key: string, draft: EntryDraft): Promise<void> => saveDraft(key, draft),
    clearDraft: (key: string): Promise<void> => clearDraft(key),
  }
})
