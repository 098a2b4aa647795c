import { until } from '@vueuse/core'
import { shallowRef } from 'vue'
import type { MomentProfile } from '@/domain/moments'
import { dueSince, type ScheduledMoment } from '@/domain/timeline'
import { useSettingsStore } from '@/stores/settings'

/**
 * What became due while the app was closed: browsers cannot notify without a server, so the app
 * says it when it is opened. Read once per visit, then this visit becomes the new "last opened".
 */
export function useSinceLastOpen(birth: () => { birthAt: number; profile: MomentProfile } | null) {
  const settings = useSettingsStore()
  const items = shallowRef<ScheduledMoment[]>([])

  void until(() => settings.loaded)
    .toBe(true)
    .then(() => {
      const now = Date.now()
      const lastOpenedAt = settings.settings.lastOpenedAt
      const current = birth()
      if (lastOpenedAt !== null && current) items.value = dueSince(current.birthAt, current.profile, lastOpenedAt, now)
      return settings.remember('lastOpenedAt', now)
    })

  return items
}
