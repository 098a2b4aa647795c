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
  type BabySex,
  type BreastSide,
  type LogContent,
  type LogEvent,
  type LogValidation,
  type NappyContents,
  type StoolColour,
} from '@/domain/babyLog'
import {
  ALL_BABIES,
  babiesFor,
  freeColour,
  MAX_BABIES,
  normaliseBabyName,
  tandemContents,
  type BabyChoice,
  type BabyColour,
} from '@/domain/babies'
import { birthWeightOf, enoughCard, findings } from '@/domain/feedingGuidance'
import { countsNow, eventsOf } from '@/domain/logDays'
import { pageLimit, pageOf, summarySince, SUMMARY_DAYS, todaySince } from '@/domain/logWindow'
import { isStorageError } from '@/db/errors'
import {
  addBaby,
  addEvent,
  deleteEvent,
  ensureBaby,
  eventsSince,
  latestEvents,
  listBabies,
  removeBaby,
  restoreEvent,
  updateBaby,
  updateEvent,
} from '@/db/log'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useProfileStore } from './profile'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

/** The counts, card and charts read this far back (the list pages on its own, see logWindow.ts). */
export const LOG_WINDOW_DAYS = SUMMARY_DAYS

export const useBabyLogStore = defineStore('babyLog', () => {
  const profile = useProfileStore()
  const settings = useSettingsStore()
  const storage = useStorageStore()
  const now = useNow({ interval: 30_000 })
  const birthAt = computed(() => profile.profile?.birthAt ?? null)
  const country = computed(() => profile.profile?.country ?? 'other')

  // Today's counts read only today (the calendar day and the day of life): with a year of twins that
  // is a hundred rows where the fifteen days below are eight hundred, so the counts paint at once.
  const todayFrom = computed(() => todaySince(now.value.getTime(), birthAt.value))
  const todayQuery = useLiveQuery(() => eventsSince(todayFrom.value), { initial: [] as LogEvent[], deps: todayFrom })
  // The fifteen days for the card, findings, charts, timers and "since the last feed" are read once
  // today's answer is in, so that their larger read does not hold up the first screen.
  const summaryWanted = ref(false)
  watch(
    [todayQuery.ready, todayQuery.error],
    ([answered, failed]) => {
      if (answered || failed !== null) summaryWanted.value = true
    },
    { immediate: true },
  )
  // The window's start moves by the hour so the query is not redone every tick.
  const since = computed(() => summarySince(now.value.getTime()))
  const query = useLiveQuery(
    () => (summaryWanted.value ? eventsSince(since.value) : Promise.resolve([] as LogEvent[])),
    { initial: [] as LogEvent[], deps: () => [since.value, summaryWanted.value] },
  )
  const babiesQuery = useLiveQuery(listBabies, { initial: [] as Baby[] })
  watch([query.error, todayQuery.error, babiesQuery.error], (errors) => {
    for (const error of errors) if (error !== null && isStorageError(error)) storage.report(error)
  })
  const ready = computed(() => summaryWanted.value && query.ready.value)
  const stored = query.data
  const babies = babiesQuery.data
  /** Twins or triplets: only then do babies show at all. */
  const several = computed(() => babies.value.length > 1)

  // The last choice in a picker is remembered; the page shows one baby at a time, the last one picked.
  // Held here as well as saved, so that a tap on a chip counts at once for the next tap on a button.
  const picked = ref<BabyChoice | null>(null)
  const choice = computed<BabyChoice | null>(() => picked.value ?? settings.settings.logBaby)
  const viewedId = ref<string | null>(null)
  const baby = computed(() => {
    const [id] = babiesFor(viewedId.value ?? choice.value, babies.value, 'nappy')
    return babies.value.find((candidate) => candidate.id === id) ?? null
  })
  const ofBaby = (list: LogEvent[], id: string | null) => (several.value && id ? eventsOf(list, id) : list)

  // The list: the newest pages of the baby on view, read on their own so that the page opens as fast
  // with a year of entries as with a day's; "Show earlier" asks for one more page.
  const pages = ref(1)
  const listedBaby = computed(() => (several.value ? (baby.value?.id ?? null) : null))
  const pageQuery = useLiveQuery(() => latestEvents(pageLimit(pages.value), listedBaby.value), {
    initial: [] as LogEvent[],
    deps: () => [pages.value, listedBaby.value],
  })
  watch(listedBaby, () => (pages.value = 1))
  watch(pageQuery.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })
  const page = computed(() => pageOf(pageQuery.data.value, pages.value))
  /** The entries the list shows, newest first; a page more after each showEarlier(). */
  const listed = computed(() => page.value.events)
  const hasEarlier = computed(() => page.value.hasEarlier)
  const listReady = pageQuery.ready
  function showEarlier(): void {
    if (hasEarlier.value) pages.value += 1
  }

  const readError = computed(() => query.error.value ?? todayQuery.error.value ?? pageQuery.error.value)
  const readFailed = computed(() => readError.value !== null)

  const allEvents = computed(() => visibleEvents(stored.value))
  /** The baby on view's events: every event while there is one baby. */
  const events = computed(() => ofBaby(allEvents.value, baby.value?.id ?? null))
  const running = computed(() => runningEvents(stored.value))
  const nextSideOf = (id: string | null) => suggestedNextSide(ofBaby(stored.value, id))
  const nextSide = computed(() => nextSideOf(baby.value?.id ?? null))
  const sinceFrom = computed(() => settings.settings.logSinceFrom)

  const at = (instant?: number) => instant ?? Date.now()
  const todayEvents = computed(() => ofBaby(visibleEvents(todayQuery.data.value), baby.value?.id ?? null))
  const counts = (instant?: number) => countsNow(todayEvents.value, birthAt.value, at(instant))
  /** For one baby of several when given, else for the baby on view. */
  const sinceFeed = (instant?: number, id?: string) =>
    sinceLastFeed(id ? ofBaby(allEvents.value, id) : events.value, at(instant), sinceFrom.value)
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

  /** The babies an entry is for: the first baby is created on the first entry of a single birth. */
  async function babyIds(kind: LogContent['kind'], target: BabyChoice | null): Promise<string[]> {
    const ids = babiesFor(target ?? choice.value, babies.value, kind, baby.value?.id ?? null)
    return ids.length > 0 ? ids : [(await ensureBaby()).id]
  }

  /** Picking a baby also puts its log on view; "all" leaves the view where it was. */
  function choose(target: BabyChoice): void {
    picked.value = target
    if (target !== ALL_BABIES) viewedId.value = target
    if (target !== settings.settings.logBaby) void settings.remember('logBaby', target)
  }

  /** Adds one entry per baby meant: a feed for all of them becomes one feed each, with the same times. */
  async function addFor(content: LogContent, target: BabyChoice | null): Promise<void> {
    const ids = await babyIds(content.kind, target)
    const contents = tandemContents(content, ids.length)
    await write(async () => {
      for (const [index, id] of ids.entries()) await addEvent(id, contents[index]!)
    })
    if (several.value && target) choose(target)
  }

  /**
   * Checks and stores what a form entered; the errors come back for the form to show. `target` is the
   * baby picked in the form (or all, for a feed); an edit with another baby moves the entry to it.
   */
  async function save(content: LogContent, id?: string, target?: BabyChoice): Promise<LogValidation> {
    const checked = validateLogContent(content, Date.now())
    if (!checked.ok) return checked
    if (!id) await addFor(checked.content, target ?? null)
    else {
      const moveTo = target && target !== ALL_BABIES ? target : undefined
      await write(() => updateEvent(id, checked.content, Date.now(), moveTo))
    }
    return checked
  }

  async function startBreastfeed(side: BreastSide, target?: BabyChoice): Promise<void> {
    const instant = Date.now()
    const ids = await babyIds('breastfeed', target ?? null)
    // One feed at a time per baby: a feed still running ends where the new one starts.
    for (const event of running.value)
      if (event.kind === 'breastfeed' && (!several.value || ids.includes(event.babyId))) await stop(event, instant)
    await addFor({ at: instant, note: '', ...startFeed(side, instant) }, target ?? null)
  }

  async function startSleep(target?: BabyChoice): Promise<void> {
    await addFor({ at: Date.now(), note: '', kind: 'sleep', end: null }, target ?? null)
  }

  async function logNappy(contents: NappyContents, stool: StoolColour | null = null, target?: BabyChoice) {
    await addFor({ at: Date.now(), note: '', kind: 'nappy', contents, stool }, target ?? null)
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
    const id = baby.value?.id ?? (await ensureBaby()).id
    await write(() => updateBaby(id, { birthWeightGrams: grams }))
  }

  /** Twins or triplets: the first baby gets a colour too, so that each has one of its own. */
  async function addSibling(): Promise<void> {
    if (babies.value.length >= MAX_BABIES) return
    await write(async () => {
      const first = await ensureBaby()
      const known = babies.value.length > 0 ? [...babies.value] : [first]
      if (known.length === 1 && first.colour === null) known[0] = await updateBaby(first.id, { colour: freeColour([]) })
      await addBaby(freeColour(known))
    })
  }

  /** WHO's growth charts differ for boys and girls; null takes the choice back. */
  async function setSex(id: string, sex: BabySex | null): Promise<void> {
    await write(() => updateBaby(id, { sex }))
  }

  async function renameBaby(id: string, input: string): Promise<void> {
    await write(() => updateBaby(id, { name: normaliseBabyName(input) }))
  }

  async function recolourBaby(id: string, colour: BabyColour | null): Promise<void> {
    await write(() => updateBaby(id, { colour }))
  }

  async function removeSibling(id: string): Promise<void> {
    if (babies.value.length < 2) return
    await write(() => removeBaby(id))
    if (viewedId.value === id) viewedId.value = null
  }

  return {
    ready,
    readFailed,
    events,
    allEvents,
    listed,
    hasEarlier,
    listReady,
    showEarlier,
    babies,
    several,
    choice,
    baby,
    running,
    nextSide,
    nextSideOf,
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
    choose,
    addSibling,
    renameBaby,
    setSex,
    recolourBaby,
    removeSibling,
  }
})
