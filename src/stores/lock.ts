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
  provePasscode,
  resealOldShapeEntries,
  setIdleMinutes,
  unlock as unlockWith,
  type UnlockAttempt,
} from '@/db/lock'
import { passcodeProblem } from '@/domain/passcode'
import { useStorageStore } from './storage'

export const IDLE_CHOICES = [1, 5, 15, 60] as const

/**
 * How long after an unlock the rows sealed in the old shape (mood and feelings readable beside) are
 * sealed again: long enough for the journal's first page and mood chart, which open every entry too,
 * to be on screen first.
 */
export const RESEAL_DELAY_MS = 2_000

export const useLockStore = defineStore('lock', () => {
  const storage = useStorageStore()
  const loaded = ref(false)
  const enabled = ref(false)
  const unlocked = ref(false)
  const idleMinutes = ref<number>(DEFAULT_IDLE_MINUTES)
  /** When the next passcode try is allowed (0: now); from the stored lock, so it survives a reload. */
  const retryAt = ref(0)
  /** Unlocked with a passcode the current rules would refuse (an older, 4-digit one): worth changing. */
  const weakPasscode = ref(false)
  let loading: Promise<void> | undefined

  /** Until the lock's state is known the journal stays hidden too. */
  const locked = computed(() => !loaded.value || (enabled.value && !unlocked.value))

  function sync(row: Awaited<ReturnType<typeof loadLock>>): void {
    enabled.value = row !== null
    idleMinutes.value = row?.idleMinutes ?? DEFAULT_IDLE_MINUTES
    unlocked.value = isUnlocked()
    retryAt.value = row?.nextAttemptAt ?? 0
    loaded.value = true
  }

  function load(): Promise<void> {
    loading ??= loadLock().then(sync, (error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }

  async function unlock(passcode: string, now = Date.now()): Promise<UnlockAttempt> {
    const result = await unlockWith(passcode, now)
    unlocked.value = isUnlocked()
    retryAt.value = result.retryAt
    if (result.right) {
      weakPasscode.value = passcodeProblem(passcode) !== null
      setTimeout(reseal, RESEAL_DELAY_MS)
    }
    return result
  }

  // Nothing is lost when it fails (the old rows still read): it is tried again after the next unlock.
  function reseal(): void {
    void resealOldShapeEntries().catch(() => undefined)
  }

  /** The passcode for one action while locked (saving a backup): same wait, journal stays locked. */
  async function prove(passcode: string, now = Date.now()): Promise<UnlockAttempt> {
    const result = await provePasscode(passcode, now)
    retryAt.value = result.retryAt
    return result
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
    if (passcodeProblem(passcode)) throw new Error('The passcode is too easy to guess')
    await storage.guard(() => enableLock(passcode, idle))
    // Buffered drafts are under the old key (or none): the database's copies were just re-encoded.
    clearDraftBuffers()
    sync(await loadLock())
  }

  async function change(current: string, next: string, now = Date.now()): Promise<UnlockAttempt> {
    if (passcodeProblem(next)) throw new Error('The passcode is too easy to guess')
    const result = await storage.guard(() => changePasscode(current, next, now))
    if (result.right) clearDraftBuffers()
    sync(await loadLock())
    if (result.right) weakPasscode.value = false
    return result
  }

  async function disable(current: string, now = Date.now()): Promise<UnlockAttempt> {
    const result = await storage.guard(() => disableLock(current, now))
    if (result.right) clearDraftBuffers()
    sync(await loadLock())
    if (result.right) weakPasscode.value = false
    return result
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
    retryAt,
    weakPasscode,
    load,
    unlock,
    prove,
    lock,
    lockSoon,
    enable,
    change,
    disable,
    setIdle,
  }
})
