import { createSharedComposable, useNow } from '@vueuse/core'
import { computed } from 'vue'
import { resolveTheme, toggleNight } from '@/domain/nightMode'
import { useSettingsStore } from '@/stores/settings'

/** The theme to show now (automatic night included) and the one-tap night switch, shared app-wide. */
export const useNightMode = createSharedComposable(() => {
  const settings = useSettingsStore()
  // A minute's delay at 21:00 is unnoticeable; a per-second clock would only cost battery.
  const now = useNow({ interval: 30_000 })
  const theme = computed(() => resolveTheme(settings.settings, now.value))
  const isNight = computed(() => theme.value === 'night')

  async function toggle(): Promise<void> {
    await settings.update('nightOverride', toggleNight(settings.settings, new Date()))
  }

  return { theme, isNight, toggle }
})
