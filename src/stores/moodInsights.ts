import { defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useNow } from '@vueuse/core'
import { NOTICING, dailySummaries, moodTrend, noticeFor, weeklySummaries, type MoodPoint } from '@/domain/mood'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { isStorageError } from '@/db/errors'
import { entriesSince, moodPoints, type StoredEntry } from '@/db/journal'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useJournalStore } from './journal'
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

  // The noticing rule looks at two weeks; the start moves by the hour so the query is not redone every minute.
  const recentSince = computed(
    () => Math.floor((now.value.getTime() - NOTICING.windowDays * DAY_MS) / HOUR_MS) * HOUR_MS - HOUR_MS,
  )
  const recent = useLiveQuery(
    afterFirstPage(() => entriesSince(recentSince.value), []),
    {
      initial: [] as StoredEntry[],
      deps: () => [recentSince.value, journal.firstPageSettled],
    },
  )
  const notice = computed(() => noticeFor(recent.data.value, birthAt.value, now.value.getTime()))

  const chart = useLiveQuery(afterFirstPage(moodPoints, []), {
    initial: [] as MoodPoint[],
    deps: () => journal.firstPageSettled,
  })
  const days = computed(() => dailySummaries(chart.data.value, birthAt.value))
  const weeks = computed(() => weeklySummaries(days.value))
  const trend = computed(() => moodTrend(chart.data.value, now.value.getTime()))
  const totalCount = computed(() => chart.data.value.length)

  const readFailed = computed(() => recent.error.value !== null || chart.error.value !== null)
  watch([recent.error, chart.error], (errors) => {
    for (const error of errors) if (error !== null && isStorageError(error)) storage.report(error)
  })

  return { birthAt, notice, days, weeks, trend, totalCount, readFailed }
})
