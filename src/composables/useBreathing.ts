import { useIntervalFn } from '@vueuse/core'
import { computed, onScopeDispose, ref } from 'vue'
import { breathAt, breathingPattern, type BreathStep } from '@/domain/breathing'

export interface UseBreathingOptions {
  pattern?: readonly BreathStep[]
  /** A short buzz at each turn of the breath, where the device can. */
  vibrate?: () => boolean
}

/** Runs the breathing rhythm: the current step, its seconds left and breaths done, on a one-second beat. */
export function useBreathing(options: UseBreathingOptions = {}) {
  const pattern = options.pattern ?? breathingPattern
  const startedAt = ref<number | null>(null)
  const now = ref(Date.now())
  const canVibrate = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function'

  const state = computed(() => (startedAt.value === null ? null : breathAt(now.value - startedAt.value, pattern)))
  let lastStep = -1

  // A quarter-second beat so each turn is shown within a blink of its time; only text changes with it.
  const beat = useIntervalFn(
    () => {
      now.value = Date.now()
      const step = state.value?.index ?? -1
      if (step !== lastStep && canVibrate && options.vibrate?.()) navigator.vibrate(step === 0 ? 40 : [20, 60, 20])
      lastStep = step
    },
    250,
    { immediate: false },
  )

  function start(): void {
    startedAt.value = now.value = Date.now()
    lastStep = 0
    if (canVibrate && options.vibrate?.()) navigator.vibrate(40)
    beat.resume()
  }

  function stop(): void {
    beat.pause()
    startedAt.value = null
    lastStep = -1
  }

  onScopeDispose(stop)

  return {
    running: computed(() => startedAt.value !== null),
    step: computed(() => state.value?.step ?? null),
    secondsLeft: computed(() => (state.value ? Math.ceil(state.value.remainingMs / 1000) : null)),
    breaths: computed(() => state.value?.breaths ?? 0),
    canVibrate,
    start,
    stop,
  }
}
