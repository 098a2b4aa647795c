import { useNow } from '@vueuse/core'
import { computed } from 'vue'
import type { ClosenessIdea } from '@/domain/closeness'
import { ticksOn, toggleTick } from '@/domain/closenessTicks'
import { localDateOf } from '@/domain/time'
import { useSettingsStore } from '@/stores/settings'

/** Today's ticks on the ideas for calm and closeness; the parent's local day, so a new one starts empty at midnight. */
export function useClosenessToday() {
  const settings = useSettingsStore()
  const now = useNow({ interval: 60_000 })
  const day = computed(() => localDateOf(now.value))
  const ticked = computed(() => ticksOn(settings.settings.closenessTicks, day.value))

  // One after another: two quick taps must not both start from the same old list and lose one.
  // A tap that could not be saved is on the storage banner; the next tap still runs.
  let queue: Promise<unknown> = Promise.resolve()
  function toggle(idea: ClosenessIdea): Promise<unknown> {
    queue = queue
      .catch(() => undefined)
      .then(() =>
        settings.remember(
          'closenessTicks',
          toggleTick(settings.settings.closenessTicks, localDateOf(new Date()), idea),
        ),
      )
    return queue
  }

  return { ticked, toggle }
}
