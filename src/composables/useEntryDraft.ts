import { ref, toRaw, watch, onScopeDispose } from 'vue'
import { useDebounceFn, useEventListener } from '@vueuse/core'
import type { EntryDraft } from '@/domain/journal'
import { bufferDraft, clearBufferedDraft, clearDraft, loadDraft, registerDraftWork, saveDraft } from '@/db/drafts'
import { useStorageStore } from '@/stores/storage'

/** Long enough not to write on every key press, short enough that a crash loses a few letters at most. */
export const DRAFT_DELAY_MS = 400

const copyOf = (draft: EntryDraft): EntryDraft => structuredClone(toRaw(draft))
const same = (a: EntryDraft, b: EntryDraft) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Keeps what is being written in the database as it is typed, and brings it back into `draft` after
 * a reload, a crash or a killed app. `blank` is how the form starts: a draft equal to it is not kept.
 * Every change also goes at once into a synchronous crash buffer (db/drafts.ts), because the write
 * started when the page is hidden or left never completes when it goes at once.
 * A draft write that fails is shown like a failed save (the storage banner, with the text to copy)
 * and retried after Safari lost its connection.
 */
export function useEntryDraft(key: string, draft: EntryDraft, blank: EntryDraft) {
  const storage = useStorageStore()
  const restored = ref(false)
  const loaded = ref(false)
  let dirty = false
  let restoring = false
  let writing: Promise<void> = Promise.resolve()

  function persist(): void {
    if (!dirty || !loaded.value) return
    dirty = false
    const snapshot = copyOf(draft)
    const empty = same(snapshot, blank)
    writing = registerDraftWork(
      storage
        .guard(() => (empty ? clearDraft(key) : saveDraft(key, snapshot)), empty ? null : snapshot.text)
        .catch(() => {
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
      const snapshot = copyOf(draft)
      if (same(snapshot, blank)) clearBufferedDraft(key)
      else bufferDraft(key, snapshot)
      void persistSoon()
    },
    { deep: true },
  )
  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') persist()
  })
  useEventListener(window, 'pagehide', persist)

  const loading = registerDraftWork(
    loadDraft(key)
      .catch(() => null)
      .then((stored) => {
        if (stored && !dirty && !same(stored, blank)) {
          restoring = true
          Object.assign(draft, stored)
          restored.value = true
          // It may have come from the crash buffer only: the database gets its copy too.
          dirty = true
        }
        loaded.value = true
        persist()
      }),
  )

  /** Forgets the draft once the entry is saved or the edit cancelled. */
  async function discard(): Promise<void> {
    dirty = false
    clearBufferedDraft(key)
    await loading
    await writing
    await clearDraft(key)
  }

  return { restored, loaded, discard }
}
