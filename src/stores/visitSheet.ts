import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useNow } from '@vueuse/core'
import type { LogEvent } from '@/domain/babyLog'
import type { MoodPoint } from '@/domain/mood'
import { visitSheet, type VisitSheet } from '@/domain/visitSheet'
import { isStorageError } from '@/db/errors'
import { moodPoints } from '@/db/journal'
import { eventsSince } from '@/db/log'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useBabyLogStore } from './babyLog'
import { useProfileStore } from './profile'
import { useQuestionsStore } from './questions'
import { useStorageStore } from './storage'

/** The care-visit sheet: the log since the birth (weights reach back that far), the questions and, if asked for, the mood. */
export const useVisitSheetStore = defineStore('visitSheet', () => {
  const profile = useProfileStore()
  const log = useBabyLogStore()
  const questions = useQuestionsStore()
  const storage = useStorageStore()
  const now = useNow({ interval: 60_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)

  /** The mother's choice for this sheet only: off again whenever the page is left (the view resets it). */
  const includeMood = ref(false)

  const events = useLiveQuery(() => (birthAt.value === null ? Promise.resolve([]) : eventsSince(birthAt.value)), {
    initial: [] as LogEvent[],
    deps: birthAt,
  })
  // Read only once she ticks it; unticking drops the points.
  const mood = useLiveQuery(() => (includeMood.value ? moodPoints() : Promise.resolve([])), {
    initial: [] as MoodPoint[],
    deps: includeMood,
  })
  watch([events.error, mood.error], (errors) => {
    for (const error of errors) if (error !== null && isStorageError(error)) storage.report(error)
  })

  const ready = computed(() => events.ready.value && questions.ready && (!includeMood.value || mood.ready.value))
  const readFailed = computed(() => events.error.value !== null || questions.readFailed || mood.error.value !== null)
  const sheet = computed<VisitSheet | null>(() => {
    if (birthAt.value === null) return null
    return visitSheet({
      birthAt: birthAt.value,
      dueDate: profile.profile?.dueDate ?? null,
      now: now.value.getTime(),
      babies: log.babies,
      events: events.data.value,
      questions: [...questions.open, ...questions.asked],
      moodPoints: includeMood.value ? mood.data.value : null,
    })
  })

  return { includeMood, ready, readFailed, sheet, birthAt, now }
})
