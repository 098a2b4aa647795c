import { onScopeDispose, ref, toRaw, watch } from 'vue'
import { useDebounceFn, useEventListener } from '@vueuse/core'
import type { EntryDraft } from '@/domain/journal'
import { useJournalStore } from '@/stores/journal'

/** Long enough not to write on every key press, short enough that a crash loses a few letters at most. */
export const DRAFT_DELAY_MS = 400

// Draft reads and writes still running, even for forms already gone: locking waits for them, so a
// draft is never written after the key that seals it has been dropped.
const pendingDraftWork = new Set<Promise<unknown>>()
function track<T>(work: Promise<T>): Promise<T> {
  pendingDraftWork.add(work)
  void work.finally(() => pendingDraftWork.delete(work)).catch(() => undefined)
  return work
}

/** Resolves once every draft save started so far (and any it leads to) has finished. */
export async function draftSavesSettled(): Promise<void> {
  while (pendingDraftWork.size > 0) await Promise.allSettled([...pendingDraftWork])
}

const copyOf = (draft: EntryDraft): EntryDraft => structuredClone(toRaw(draft))
const same = (a: EntryDraft, b: EntryDraft) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Keeps what is being written in the database as it is typed, and brings it back into `draft` after
 * a reload, a crash or a killed app. `blank` is how the form starts: a draft equal to it is not kept.
 * Writes at once when the page is hidden (a phone call, switching apps), where a timer may never fire.
 */
export function useEntryDraft(key: string, draft: EntryDraft, blank: EntryDraft) {
  const journal = useJournalStore()
  const restored = ref(false)
  const loaded = ref(false)
  let dirty = false
  let restoring = false
  let writing: Promise<void> = Promise.resolve()

  function persist(): void {
    if (!dirty || !loaded.value) return
    dirty = false
    const snapshot = copyOf(draft)
    writing = track(
      (same(snapshot, blank) ? journal.clearDraft(key) : journal.saveDraft(key, snapshot)).catch(() => {
        dirty = true
      }),
    )
  }
  const persistSoon = useDebounceFn(persist, DRAFT_DELAY_MS)
  // Leaving the page (or the lock screen covering it) must not wait for the debounce.
  onScopeDispose(persist)

  watch(
    draft,
    () => {
      if (restoring) {
        restoring = false
        return
      }
      dirty = true
      restored.value = false
      void persistSoon()
    },
    { deep: true },
  )
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') persist()
  })
  useEventListener(window, 'pagehide', persist)

  const loading = track(
    journal
      .loadDraft(key)
      .catch(() => null)
      .then((stored) => {
        if (stored && !dirty && !same(stored, blank)) {
          restoring = true
          Object.assign(draft, stored)
          restored.value = true
        }
        loaded.value = true
        persist()
      }),
  )

  /** Forgets the draft once the entry is saved or the edit cancelled. */
  async function discard(): Promise<void> {
    dirty = false
    await loading
    await writing
    await journal.clearDraft(key)
  }

  return { restored, loaded, discard }
}
