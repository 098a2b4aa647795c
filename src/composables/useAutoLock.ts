import { useDocumentVisibility, useIdle } from '@vueuse/core'
import { toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface UseAutoLockOptions {
  /** Minutes without a touch, key or pointer move before locking. */
  idleMinutes: MaybeRefOrGetter<number>
  enabled: MaybeRefOrGetter<boolean>
  lock: () => void
}

/** Locks after the chosen idle time and as soon as the app is hidden (another app, the lock button). */
export function useAutoLock({ idleMinutes, enabled, lock }: UseAutoLockOptions): void {
  const visibility = useDocumentVisibility()
  watch(visibility, (state) => {
    if (state === 'hidden' && toValue(enabled)) lock()
  })

  let stopIdle: (() => void) | undefined
  watch(
    () => [toValue(enabled), toValue(idleMinutes)] as const,
    ([on, minutes]) => {
      stopIdle?.()
      stopIdle = undefined
      if (!on) return
      const { idle, stop } = useIdle(minutes * 60_000)
      const stopWatch = watch(idle, (isIdle) => {
        if (isIdle) lock()
      })
      stopIdle = () => {
        stop()
        stopWatch()
      }
    },
    { immediate: true },
  )
}
