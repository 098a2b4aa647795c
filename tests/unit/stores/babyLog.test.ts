import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ALL_BABIES } from '@/domain/babies'
import { feedSides } from '@/domain/babyLog'
import { LOG_PAGE_SIZE } from '@/domain/logWindow'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { addBaby, addEvent, ensureBaby, listBabies } from '@/db/log'
import { useBabyLogStore } from '@/stores/babyLog'

const T = Date.UTC(2026, 2, 4, 8, 0)
const WAIT = { timeout: 10_000 }

async function twins() {
  const log = useBabyLogStore()
  await vi.waitFor(() => expect(log.ready).toBe(true), WAIT)
  await log.addSibling()
  await vi.waitFor(() => expect(log.babies).toHaveLength(2), WAIT)
  return log
}

describe('the log store with twins', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(T)
    // Open as the app does before its first page: live queries follow a database already open.
    await listBabies()
  })
  afterEach(() => vi.useRealTimers())

  it('shows no babies with one baby, and gives twins a colour each', async () => {
    const log = useBabyLogStore()
    await vi.waitFor(() => expect(log.ready).toBe(true), WAIT)
    await log.logNappy('wet')
    await vi.waitFor(() => expect(log.events).toHaveLength(1), WAIT)
    expect(log.several).toBe(false)
    await log.addSibling()
    await vi.waitFor(() => expect(log.several).toBe(true), WAIT)
    expect(log.babies.map((baby) => baby.colour)).toEqual(['orange', 'sky'])
    // The entry from before the twins were said stays with the first baby, on view.
    expect(log.baby?.id).toBe(log.babies[0]!.id)
    expect(log.events).toHaveLength(1)
  })

  it('starts a tandem feed for both, at alternate breasts with the same start', async () => {
    const log = await twins()
    log.choose(ALL_BABIES)
    await log.startBreastfeed('left')
    await vi.waitFor(() => expect(log.running).toHaveLength(2), WAIT)
    const byBaby = Object.fromEntries(log.running.map((event) => [event.babyId, event]))
    const [a, b] = log.babies.map((baby) => byBaby[baby.id]!)
    expect(a!.kind === 'breastfeed' && feedSides(a!.segments)).toBe('left')
    expect(b!.kind === 'breastfeed' && feedSides(b!.segments)).toBe('right')
    expect(a!.at).toBe(b!.at)

    // A new feed for one twin ends only that twin's feed.
    vi.setSystemTime(T + 10 * 60_000)
    log.choose(log.babies[1]!.id)
    await log.startBreastfeed('left')
    // Waits for the live read to bring the new feed: until then the old one is still on view.
    await vi.waitFor(
      () => expect(log.running.find((event) => event.babyId === b!.babyId)!.at).toBe(T + 10 * 60_000),
      WAIT,
    )
    expect(log.running.filter((event) => event.babyId === b!.babyId)).toHaveLength(1)
    expect(log.running.map((event) => event.babyId).sort()).toEqual([a!.babyId, b!.babyId].sort())
  })

  it('keeps the list, counts and time since the last feed per baby, for the baby last picked', async () => {
    const log = await twins()
    const [first, second] = log.babies.map((baby) => baby.id)
    log.choose(ALL_BABIES)
    await log.save({ at: T - 60 * 60_000, note: '', kind: 'bottle', milk: 'formula', ml: 60 })
    log.choose(second!)
    await log.logNappy('wet')
    await vi.waitFor(() => expect(log.events).toHaveLength(2), WAIT)
    expect(log.events.every((event) => event.babyId === second)).toBe(true)
    // Today's counts come from their own, shorter read, which may answer a moment apart.
    await vi.waitFor(() => expect(log.counts(T).calendar.counts).toMatchObject({ feeds: 1, wet: 1 }), WAIT)
    expect(log.sinceFeed(T, first)).toBe(60 * 60_000)

    log.choose(first!)
    expect(log.events.map((event) => event.kind)).toEqual(['bottle'])
    expect(log.counts(T).calendar.counts).toMatchObject({ feeds: 1, wet: 0 })
    // A nappy cannot be for both: "all" falls back to the baby on view.
    log.choose(ALL_BABIES)
    await log.logNappy('dirty', 'yellow')
    await vi.waitFor(() => expect(log.events).toHaveLength(2), WAIT)
    expect(
      log.allEvents
        .filter((event) => event.kind === 'nappy')
        .map((event) => event.babyId)
        .sort(),
    ).toEqual([first, second].sort())
  })

  it('names, recolours and removes a twin with its entries', async () => {
    const log = await twins()
    const second = log.babies[1]!.id
    await log.renameBaby(second, '  Noor  ')
    await log.recolourBaby(second, 'green')
    await vi.waitFor(() => expect(log.babies[1]).toMatchObject({ name: 'Noor', colour: 'green' }), WAIT)
    await log.save({ at: T, note: '', kind: 'nappy', contents: 'wet', stool: null }, undefined, second)
    await vi.waitFor(() => expect(log.allEvents).toHaveLength(1), WAIT)
    await log.removeSibling(second)
    await vi.waitFor(() => expect(log.several).toBe(false), WAIT)
    await vi.waitFor(() => expect(log.allEvents).toHaveLength(0), WAIT)
    // The last baby cannot be removed.
    await log.removeSibling(log.babies[0]!.id)
    expect(log.babies).toHaveLength(1)
  })
})

describe('the log store, a page at a time', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(T)
    await listBabies()
  })
  afterEach(() => vi.useRealTimers())

  // One nappy every two hours, going back from now: more than a page, and some older than the counts' range.
  async function seed(babyId: string, count: number, offset = 0) {
    for (let index = 0; index < count; index++)
      await addEvent(
        babyId,
        { at: T - offset - index * 2 * HOUR_MS, note: '', kind: 'nappy', contents: 'wet', stool: null },
        T,
      )
  }

  it('lists the newest page and shows earlier ones a page at a time', async () => {
    const baby = await ensureBaby(T)
    await seed(baby.id, LOG_PAGE_SIZE * 2 + 5)
    const log = useBabyLogStore()
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE), WAIT)
    expect(log.hasEarlier).toBe(true)
    expect(log.listed[0]!.at).toBe(T)
    expect(log.listed.at(-1)!.at).toBe(T - (LOG_PAGE_SIZE - 1) * 2 * HOUR_MS)

    log.showEarlier()
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE * 2), WAIT)
    expect(log.hasEarlier).toBe(true)
    log.showEarlier()
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE * 2 + 5), WAIT)
    expect(log.hasEarlier).toBe(false)
    // The oldest, ten days back, is listed although only today's counts come from the summary range.
    expect(log.listed.at(-1)!.at).toBe(T - (LOG_PAGE_SIZE * 2 + 4) * 2 * HOUR_MS)
  })

  it('counts from the summary range, not from the page shown', async () => {
    const baby = await ensureBaby(T)
    // Forty nappies over three and a half days: more than the page shows, all within the counts' range.
    await seed(baby.id, LOG_PAGE_SIZE + 10)
    // And one long ago, outside the fifteen days the counts read.
    await addEvent(baby.id, { at: T - 40 * DAY_MS, note: '', kind: 'nappy', contents: 'wet', stool: null }, T)
    const log = useBabyLogStore()
    await vi.waitFor(() => expect(log.ready && log.listReady).toBe(true), WAIT)
    expect(log.events).toHaveLength(LOG_PAGE_SIZE + 10)
    const today = log.counts(T).calendar
    const expected = Array.from({ length: LOG_PAGE_SIZE + 10 }, (_, index) => T - index * 2 * HOUR_MS).filter(
      (at) => at >= today.from && at < today.to,
    ).length
    expect(today.counts.wet).toBe(expected)
    expect(log.listed).toHaveLength(LOG_PAGE_SIZE)
  })

  it('lists only the twin on view, and starts again from the newest page on a switch', async () => {
    const first = await ensureBaby(T)
    const second = await addBaby('sky', T)
    await seed(first.id, LOG_PAGE_SIZE + 3)
    await seed(second.id, 2, HOUR_MS)
    const log = useBabyLogStore()
    await vi.waitFor(() => expect(log.several).toBe(true), WAIT)
    log.choose(first.id)
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE), WAIT)
    expect(log.listed.every((event) => event.babyId === first.id)).toBe(true)
    log.showEarlier()
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE + 3), WAIT)

    log.choose(second.id)
    await vi.waitFor(() => expect(log.listed.map((event) => event.babyId)).toEqual([second.id, second.id]), WAIT)
    expect(log.hasEarlier).toBe(false)
    log.choose(first.id)
    await vi.waitFor(() => expect(log.listed).toHaveLength(LOG_PAGE_SIZE), WAIT)
    expect(log.hasEarlier).toBe(true)
  })
})
