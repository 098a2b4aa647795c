import { computed, effectScope, onScopeDispose, shallowRef, watch, type EffectScope } from 'vue'
import type { JournalFilter } from '@/domain/journalSearch'
import { entriesBetween, pageEntries, type JournalCursor, type StoredEntry } from '@/db/journal'
import { useLiveQuery, type UseLiveQueryReturn } from './useLiveQuery'

interface PageResult {
  entries: StoredEntry[]
  /** Where the next page starts; null when nothing older matches. */
  next: JournalCursor | null
}

interface LivePage {
  query: UseLiveQueryReturn<PageResult>
  scope: EffectScope
}

const cursorOf = (entry: StoredEntry): JournalCursor => ({ at: entry.at, id: entry.id })

/**
 * The journal newest first, a page at a time, each page its own live query. Only the last page is
 * "the next N entries"; once an older page is loaded, the pages above it become fixed stretches of
 * time, so loading more reads only the new page and a write re-reads only the page it falls in.
 */
export function useJournalPages(filter: () => JournalFilter, pageSize: number) {
  const pages = shallowRef<LivePage[]>([])

  function livePage(read: () => Promise<PageResult>, shown: StoredEntry[]): LivePage {
    const scope = effectScope(true)
    const query = scope.run(() => useLiveQuery(read, { initial: { entries: shown, next: null } }))!
    return { query, scope }
  }

  // One entry more than is shown tells whether there is more to load.
  function lastPage(after: JournalCursor | null, search: JournalFilter): LivePage {
    return livePage(async () => {
      const { entries } = await pageEntries({ before: after, limit: pageSize + 1, filter: search })
      const shown = entries.slice(0, pageSize)
      return { entries: shown, next: entries.length > pageSize ? cursorOf(shown.at(-1)!) : null }
    }, [])
  }

  function fixedPage(
    after: JournalCursor | null,
    through: JournalCursor,
    search: JournalFilter,
    shown: StoredEntry[],
  ): LivePage {
    return livePage(
      async () => ({ entries: await entriesBetween({ after, through, filter: search }), next: through }),
      shown,
    )
  }

  function stopAll(): void {
    for (const page of pages.value) page.scope.stop()
  }

  // Where each page starts: null for the first, the previous page's last entry for the others.
  let starts: (JournalCursor | null)[] = []
  let search: JournalFilter = filter()

  // `filter` gives a fresh plain copy each time: any change of the search starts over from the top.
  watch(
    filter,
    (changed) => {
      stopAll()
      search = changed
      starts = [null]
      pages.value = [lastPage(null, search)]
    },
    { immediate: true },
  )
  onScopeDispose(stopAll)

  const last = computed(() => pages.value.at(-1)!)
  const entries = computed(() => pages.value.flatMap((page) => page.query.data.value.entries))
  /** The first page has arrived (for these filters); later pages keep it that way. */
  const ready = computed(() => pages.value.length > 1 || pages.value[0]!.query.ready.value)
  const error = computed(
    () => pages.value.map((page) => page.query.error.value).find((failure) => failure !== null) ?? null,
  )
  const loadingMore = computed(
    () => pages.value.length > 1 && !last.value.query.ready.value && last.value.query.error.value === null,
  )
  const hasMore = computed(() => loadingMore.value || last.value.query.data.value.next !== null)

  function loadMore(): void {
    const page = last.value
    const through = page.query.data.value.next
    if (!page.query.ready.value || through === null) return
    page.scope.stop()
    const after = starts.at(-1)!
    starts = [...starts, through]
    pages.value = [
      ...pages.value.slice(0, -1),
      fixedPage(after, through, search, page.query.data.value.entries),
      lastPage(through, search),
    ]
  }

  return { entries, ready, error, hasMore, loadingMore, loadMore }
}
