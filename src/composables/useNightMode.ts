import { computed, onScopeDispose, ref } from 'vue'
import { resolveTheme, toggleNight } from '@/domain/nightMode'
import { useSettingsStore } from '@/stores/settings'

/** The theme to show now (automatic night included) and the one-tap night switch. */
export function useNightMode() {
  const settings = useSettingsStore()
  // A minute's delay at 21:00 is unnoticeable; a per-second clock would only cost battery.
  const now = ref(new Date())
  const clock = setInterval(() => (now.value = new Date()), 30_000)
  onScopeDispose(() => clearInterval(clock))
  const theme = computed(() => resolveTheme(settings.settings, now.value))
  const isNight = computed(() => theme.value === 'night')

  async function toggle(): Promise<void> {
    await settings.update('nightOverride', toggleNight(settings.settings, new Date()))
  }

  return { theme, isNight, toggle }
}
