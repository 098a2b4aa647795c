import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { LogEvent } from '@/domain/babyLog'
import { eventsOf } from '@/domain/logDays'
import { allWeights } from '@/db/log'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useBabyLogStore } from './babyLog'
import { useProfileStore } from './profile'

/**
 * What the growth chart needs: every weight of the baby on view (the log keeps only two weeks in
 * memory), the birth and the due date. Only the log page uses it, so it loads with that page.
 */
export const useGrowthStore = defineStore('growth', () => {
  const log = useBabyLogStore()
  const profile = useProfileStore()
  const query = useLiveQuery(allWeights, { initial: [] as LogEvent[] })

  const baby = computed(() => log.baby)
  const weights = computed(() => {
    const id = baby.value?.id ?? null
    return log.babies.length > 1 && id ? eventsOf(query.data.value, id) : query.data.value
  })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)
  /** The birth's due date, shared by twins and triplets. */
  const dueDate = computed(() => profile.profile?.dueDate ?? null)

  return { baby, weights, birthAt, dueDate, ready: query.ready, readFailed: computed(() => query.error.value !== null) }
})
