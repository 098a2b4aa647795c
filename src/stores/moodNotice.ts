import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useNow } from '@vueuse/core'
import { NOTICING, noticeFor } from '@/domain/mood'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { isStorageError } from '@/db/errors'
import { entriesSince, type StoredEntry } from '@/db/journal'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useLockStore } from './lock'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

/**
 * The gentle "still low" notice, read from the last two weeks of the journal, for the journal and for
 * Today. It reads nothing until a page starts it (the journal waits for its first page), and nothing
 * while the lock is on: Today must not show what the journal keeps behind the passcode.
 */
export const useMoodNoticeStore = defineStore('moodNotice', () => {
  const profile = useProfileStore()
  const lock = useLockStore()
  const storage = useStorageStore()
  const now = useNow({ interval: 60_000 })
  const started = ref(false)

  // The start moves by the hour so the query is not redone every minute.
  const recentSince = computed(
    () => Math.floor((now.value.getTime() - NOTICING.windowDays * DAY_MS) / HOUR_MS) * HOUR_MS - HOUR_MS,
  )
  const readable = computed(() => started.value && !lock.locked)
  const recent = useLiveQuery(() => (readable.value ? entriesSince(recentSince.value) : Promise.resolve([])), {
    initial: [] as StoredEntry[],
    deps: () => [recentSince.value, readable.value],
  })
  const notice = computed(() =>
    readable.value ? noticeFor(recent.data.value, profile.profile?.birthAt ?? null, now.value.getTime()) : null,
  )
  const readFailed = computed(() => recent.error.value !== null)
  watch(recent.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })

  function start(): void {
    started.value = true
    void lock.load().catch((error: unknown) => storage.report(error))
  }

  return { notice, readFailed, start }
})
