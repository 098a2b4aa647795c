import { defineStore } from 'pinia'
import { computed, nextTick, ref } from 'vue'
import { useAutoLock } from '@/composables/useAutoLock'
import { clearDraftBuffers, draftWritesSettled } from '@/db/drafts'
import {
  changePasscode,
  DEFAULT_IDLE_MINUTES,
  disableLock,
  enableLock,
  isUnlocked,
  loadLock,
  lockNow,
  setIdleMinutes,
  unlock as unlockWith,
} from '@/db/lock'
import { useStorageStore } from './storage'

export const IDLE_CHOICES = [1, 5, 15, 60] as const
export const MIN_PASSCODE_LENGTH = 4

export const useLockStore = defineStore('lock', () => {
  const storage = useStorageStore()
  const loaded = ref(false)
  const enabled = ref(false)
  const unlocked = ref(false)
  const idleMinutes = ref<number>(DEFAULT_IDLE_MINUTES)
  let loading: Promise<void> | undefined

  /** Until the lock's state is known the journal stays hidden too. */
  const locked = computed(() => !loaded.value || (enabled.value && !unlocked.value))

  function sync(row: Awaited<ReturnType<typeof loadLock>>): void {
    enabled.value = row !== null
    idleMinutes.value = row?.idleMinutes ?? DEFAULT_IDLE_MINUTES
    unlocked.value = isUnlocked()
    loaded.value = true
  }

  function load(): Promise<void> {
    loading ??= loadLock().then(sync, (error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }

  async function unlock(passcode: string): Promise<boolean> {
    const right = await unlockWith(passcode)
    unlocked.value = isUnlocked()
    return right
  }

  function lock(): void {
    if (!enabled.value) return
    lockNow()
    unlocked.value = false
  }

  /**
   * The lock screen covers the page first, which unmounts it and so starts saving any draft it had;
   * the key goes once those saves have finished, since each needs the key to seal what it writes.
   */
  const covering = ref(false)
  async function lockSoon(): Promise<void> {
    if (!enabled.value || !unlocked.value) return
    covering.value = true
    await nextTick()
    await draftWritesSettled()
    lock()
    covering.value = false
  }

  // In the store, not a component: it must keep watching on every page for as long as the key is held.
  useAutoLock({ idleMinutes, enabled: () => enabled.value && unlocked.value, lock: () => void lockSoon() })

  async function enable(passcode: string, idle: number): Promise<void> {
    await storage.guard(() => enableLock(passcode, idle))
    // Buffered drafts are under the old key (or none): the database's copies were just re-encoded.
    clearDraftBuffers()
    sync(await loadLock())
  }

  async function change(current: string, next: string): Promise<boolean> {
    const right = await storage.guard(() => changePasscode(current, next))
    if (right) clearDraftBuffers()
    sync(await loadLock())
    return right
  }

  async function disable(current: string): Promise<boolean> {
    const right = await storage.guard(() => disableLock(current))
    if (right) clearDraftBuffers()
    sync(await loadLock())
    return right
  }

  async function setIdle(minutes: number): Promise<void> {
    await storage.guard(() => setIdleMinutes(minutes))
    idleMinutes.value = minutes
  }

  return {
    loaded,
    enabled,
    unlocked,
    locked,
    covering,
    idleMinutes,
    load,
    unlock,
    lock,
    lockSoon,
    enable,
    change,
    disable,
    setIdle,
  }
})
