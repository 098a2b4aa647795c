import { computed, onScopeDispose, ref, watch } from 'vue'
import { useLockStore } from '@/stores/lock'

/**
 * Seconds until the next passcode try is allowed, counting down once a second. After a few wrong
 * tries every form that asks for the passcode waits; the time comes from the stored lock, so a
 * reload keeps it. Call `follow()` after a try to pick up the new wait at once.
 */
export function usePasscodeWait() {
  const lock = useLockStore()
  const now = ref(Date.now())
  let tick: ReturnType<typeof setTimeout> | undefined
  function follow(): void {
    clearTimeout(tick)
    now.value = Date.now()
    if (lock.retryAt > now.value) tick = setTimeout(follow, Math.min(lock.retryAt - now.value, 1_000))
  }
  watch(() => lock.retryAt, follow, { immediate: true })
  onScopeDispose(() => clearTimeout(tick))
  const waitSeconds = computed(() => Math.max(0, Math.ceil((lock.retryAt - now.value) / 1_000)))
  return { waitSeconds, follow }
}
