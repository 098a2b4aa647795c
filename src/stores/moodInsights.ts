import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useNow } from '@vueuse/core'
import { dailySummaries, moodTrend, weeklySummaries, type MoodPoint } from '@/domain/mood'
import { isStorageError } from '@/db/errors'
import { moodPoints } from '@/db/journal'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useJournalStore } from './journal'
import { useMoodNoticeStore } from './moodNotice'
import { useProfileStore } from './profile'
import { useStorageStore } from './storage'

/** What the journal's moods add up to: the chart's days and weeks, the trend, and the noticing card. */
export const useMoodInsightsStore = defineStore('moodInsights', () => {
  const profile = useProfileStore()
  const journal = useJournalStore()
  const storage = useStorageStore()
  const now = useNow({ interval: 60_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)

  // The first page of entries is what the parent came for: the notice and the chart read after it.
  const afterFirstPage =
    <T>(query: () => Promise<T>, empty: T) =>
    () =>
      journal.firstPageSettled ? query() : Promise.resolve(empty)

  const noticing = useMoodNoticeStore()
  watch(
    () => journal.firstPageSettled,
    (settled) => {
      if (settled) noticing.start()
    },
    { immediate: true },
  )
  const notice = computed(() => noticing.notice)

  const chart = useLiveQuery(afterFirstPage(moodPoints, []), {
    initial: [] as MoodPoint[],
    deps: () => journal.firstPageSettled,
  })
  const days = computed(() => dailySummaries(chart.data.value, birthAt.value))
  const weeks = computed(() => weeklySummaries(days.value))
  const trend = computed(() => moodTrend(chart.data.value, now.value.getTime()))
  const totalCount = computed(() => chart.data.value.length)

  const readFailed = computed(() => noticing.readFailed || chart.error.value !== null)
  watch(chart.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })

  return { birthAt, notice, days, weeks, trend, totalCount, readFailed }
})
