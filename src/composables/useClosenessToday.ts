import { useNow } from '@vueuse/core'
import { computed } from 'vue'
import type { ClosenessIdea } from '@/domain/closeness'
import { localDayKey, ticksOn, toggleTick } from '@/domain/closenessTicks'
import { useSettingsStore } from '@/stores/settings'

/** Today's ticks on the ideas for calm and closeness; a new day starts empty at local midnight. */
export function useClosenessToday() {
  const settings = useSettingsStore()
  const now = useNow({ interval: 60_000 })
  const day = computed(() => localDayKey(now.value))
  const ticked = computed(() => ticksOn(settings.settings.closenessTicks, day.value))

  // One after another: two quick taps must not both start from the same old list and lose one.
  let queue: Promise<void> = Promise.resolve()
  function toggle(idea: ClosenessIdea): Promise<void> {
    queue = queue
      .catch(() => undefined)
      .then(() => settings.update('closenessTicks', toggleTick(settings.settings.closenessTicks, localDayKey(new Date()), idea)))
    return queue
  }

  return { ticked, toggle }
}
