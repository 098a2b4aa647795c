import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { useNow } from '@vueuse/core'
import {
  pauseFeed,
  resumeFeed,
  runningEvents,
  sinceLastFeed,
  startFeed,
  suggestedNextSide,
  switchSide,
  validateLogContent,
  visibleEvents,
  type Baby,
  type BreastSide,
  type LogContent,
  type LogEvent,
  type LogValidation,
  type NappyContents,
  type StoolColour,
} from '@/domain/babyLog'
import { birthWeightOf, enoughCard, findings } from '@/domain/feedingGuidance'
import { countsNow } from '@/domain/logDays'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { isStorageError } from '@/db/errors'
import {
  addEvent,
  deleteEvent,
  ensureBaby,
  eventsSince,
  listBabies,
  restoreEvent,
  updateBaby,
  updateEvent,
} from '@/db/log'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useProfileStore } from './profile'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

/** The log reads this far back: days 1–14 need the day before, the list shows a week. */
export const LOG_WINDOW_DAYS = 15

export const useBabyLogStore = defineStore('babyLog', () => {
  const profile = useProfileStore()
  const settings = useSettingsStore()
  const storage = useStorageStore()
  const now = useNow({ interval: 30_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)
  const country = computed(() => profile.profile?.country ?? 'other')

  // The window's start moves by the hour so the query is not redone every tick.
  const since = computed(() => Math.floor((now.value.getTime() - LOG_WINDOW_DAYS * DAY_MS) / HOUR_MS) * HOUR_MS)
  const query = useLiveQuery(() => eventsSince(since.value), { initial: [] as LogEvent[], deps: since })
  const babiesQuery = useLiveQuery(listBabies, { initial: [] as Baby[] })
  watch([query.error, babiesQuery.error], (errors) => {
    for (const error of errors) if (error !== null && isStorageError(error)) storage.report(error)
  })
  const ready = query.ready
  const stored = query.data
  const babies = babiesQuery.data
  const readError = computed(() => query.error.value)

  const readFailed = computed(() => readError.value !== null)
  const events = computed(() => visibleEvents(stored.value))
  const baby = computed(() => babies.value[0] ?? null)
  const running = computed(() => runningEvents(stored.value))
  const nextSide = computed(() => suggestedNextSide(stored.value))
  const sinceFrom = computed(() => settings.settings.logSinceFrom)

  const at = (instant?: number) => instant ?? Date.now()
  const counts = (instant?: number) => countsNow(events.value, birthAt.value, at(instant))
  const sinceFeed = (instant?: number) => sinceLastFeed(events.value, at(instant), sinceFrom.value)
  const birthWeight = computed(() => birthWeightOf(baby.value, events.value, birthAt.value))
  const card = (instant?: number) => enoughCard(events.value, birthAt.value, country.value, at(instant))
  const found = (instant?: number) =>
    findings(events.value, {
      birthAt: birthAt.value,
      country: country.value,
      now: at(instant),
      birthWeightGrams: birthWeight.value,
    })

  const lastDeleted = shallowRef<LogEvent | null>(null)
  const saving = ref(false)

  async function write<T>(action: () => Promise<T>): Promise<T> {
    saving.value = true
    try {
      return await storage.guard(action)
    } finally {
      saving.value = false
    }
  }

  async function babyId(): Promise<string> {
    return baby.value?.id ?? (await ensureBaby()).id
  }

  /** Checks and stores what a form entered; the errors come back for the form to show. */
  async function save(content: LogContent, id?: string): Promise<LogValidation> {
    const checked = validateLogContent(content, Date.now())
    if (!checked.ok) return checked
    await write(async () => (id ? updateEvent(id, checked.content) : addEvent(await babyId(), checked.content)))
    return checked
  }

  async function startBreastfeed(side: BreastSide): Promise<void> {
    const instant = Date.now()
    // One feed at a time: a feed still running ends where the new one starts.
    for (const event of running.value) if (event.kind === 'breastfeed') await stop(event, instant)
    await write(async () => addEvent(await babyId(), { at: instant, note: '', ...startFeed(side, instant) }))
  }

  async function startSleep(): Promise<void> {
    const instant = Date.now()
    await write(async () => addEvent(await babyId(), { at: instant, note: '', kind: 'sleep', end: null }))
  }

  async function logNappy(contents: NappyContents, stool: StoolColour | null = null): Promise<void> {
    await write(async () => addEvent(await babyId(), { at: Date.now(), note: '', kind: 'nappy', contents, stool }))
  }

  function change(event: LogEvent, content: LogContent): Promise<LogEvent> {
    return write(() => updateEvent(event.id, content))
  }

  async function stop(event: LogEvent, instant = Date.now()): Promise<void> {
    if (event.kind === 'breastfeed')
      await change(event, { ...event, segments: pauseFeed(event.segments, instant), paused: false })
    else if (event.kind === 'sleep') await change(event, { ...event, end: Math.max(instant, event.at) })
  }

  async function pause(event: LogEvent): Promise<void> {
    if (event.kind === 'breastfeed')
      await change(event, { ...event, segments: pauseFeed(event.segments, Date.now()), paused: true })
  }

  async function resume(event: LogEvent): Promise<void> {
    if (event.kind === 'breastfeed')
      await change(event, { ...event, segments: resumeFeed(event.segments, Date.now()), paused: false })
  }

  async function switchBreast(event: LogEvent): Promise<void> {
    if (event.kind === 'breastfeed')
      await change(event, { ...event, segments: switchSide(event.segments, Date.now()), paused: false })
  }

  async function remove(event: LogEvent): Promise<void> {
    lastDeleted.value = await write(() => deleteEvent(event.id))
  }

  async function undoDelete(): Promise<void> {
    const deleted = lastDeleted.value
    if (!deleted) return
    await write(() => restoreEvent(deleted.id))
    lastDeleted.value = null
  }

  function forgetDeleted(): void {
    lastDeleted.value = null
  }

  async function setBirthWeight(grams: number | null): Promise<void> {
    const id = await babyId()
    await write(() => updateBaby(id, { birthWeightGrams: grams }))
  }

  return {
    ready,
    readFailed,
    events,
    baby,
    running,
    nextSide,
    sinceFrom,
    birthAt,
    country,
    birthWeight,
    counts,
    sinceFeed,
    card,
    found,
    lastDeleted,
    saving,
    save,
    startBreastfeed,
    startSleep,
    logNappy,
    stop,
    pause,
    resume,
    switchBreast,
    remove,
    undoDelete,
    forgetDeleted,
    setBirthWeight,
  }
})
