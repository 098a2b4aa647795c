import { watch, type MaybeRefOrGetter, toValue } from 'vue'
import { useWakeLock } from '@vueuse/core'

/**
 * Keeps the screen on while `wanted` holds (a timer runs and the parent asked for it). Browsers
 * without Screen Wake Lock simply keep their own screen timeout; the browser also drops the lock
 * when the page is hidden, and @vueuse/core asks again when it is visible.
 */
export function useTimerWakeLock(wanted: MaybeRefOrGetter<boolean>) {
  const wakeLock = useWakeLock()
  watch(
    () => toValue(wanted),
    async (keep) => {
      if (!wakeLock.isSupported.value) return
      try {
        if (keep) await wakeLock.request('screen')
        else await wakeLock.release()
      } catch {
        // Refused (battery saver, no user gesture yet): the timer still counts from its stored start.
      }
    },
    { immediate: true },
  )
  return { supported: wakeLock.isSupported, active: wakeLock.isActive }
}
