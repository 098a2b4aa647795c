import { useIntervalFn, useWakeLock } from '@vueuse/core'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { timerState, type ClosenessTimer } from '@/domain/closenessTimer'

/**
 * Time together without looking at the phone: an optional soft end, never an alarm. The screen can
 * be kept on (where the browser allows) so the soft end is there to see when someone glances.
 */
export function useClosenessTimer() {
  const timer = ref<ClosenessTimer | null>(null)
  const now = ref(Date.now())
  const keepScreenOn = ref(false)
  const wakeLock = useWakeLock()

  const state = computed(() => (timer.value ? timerState(timer.value, now.value) : null))

  // Every few seconds is plenty for a slow ring and a minute count.
  const tick = useIntervalFn(() => (now.value = Date.now()), 5000, { immediate: false })

  async function start(durationMinutes: number | null): Promise<void> {
    now.value = Date.now()
    timer.value = { startedAt: now.value, durationMs: durationMinutes === null ? null : durationMinutes * 60_000 }
    tick.resume()
    if (keepScreenOn.value && wakeLock.isSupported.value) await wakeLock.request('screen').catch(() => undefined)
  }

  async function stop(): Promise<void> {
    tick.pause()
    timer.value = null
    if (wakeLock.isActive.value) await wakeLock.release()
  }

  watch(
    () => state.value?.ended,
    async (ended) => {
      if (!ended) return
      tick.pause()
      if (wakeLock.isActive.value) await wakeLock.release()
    },
  )

  onScopeDispose(() => void stop())

  return {
    running: computed(() => timer.value !== null && !state.value?.ended),
    ended: computed(() => state.value?.ended ?? false),
    minutes: computed(() => state.value?.minutes ?? 0),
    progress: computed(() => state.value?.progress ?? null),
    keepScreenOn,
    canKeepScreenOn: wakeLock.isSupported,
    start,
    stop,
  }
}
