import { useDocumentVisibility, useIdle } from '@vueuse/core'
import { effectScope, onScopeDispose, toValue, watch, type EffectScope, type MaybeRefOrGetter } from 'vue'

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

  // useIdle's timeout is fixed when it is created, so each activation gets its own scope: stopping
  // the scope is what removes useIdle's listeners (its own stop() only ends the timer).
  let idleScope: EffectScope | undefined
  function stopWatchingIdle(): void {
    idleScope?.stop()
    idleScope = undefined
  }
  watch(
    () => [toValue(enabled), toValue(idleMinutes)] as const,
    ([on, minutes]) => {
      stopWatchingIdle()
      if (!on) return
      idleScope = effectScope(true)
      idleScope.run(() => {
        const { idle } = useIdle(minutes * 60_000)
        watch(idle, (isIdle) => {
          if (isIdle) lock()
        })
      })
    },
    { immediate: true },
  )
  onScopeDispose(stopWatchingIdle)
}
