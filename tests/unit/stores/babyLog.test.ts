import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ALL_BABIES } from '@/domain/babies'
import { feedSides } from '@/domain/babyLog'
import { listBabies } from '@/db/log'
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
    await vi.waitFor(() => expect(log.running.filter((event) => event.babyId === b!.babyId)).toHaveLength(1), WAIT)
    expect(log.running.map((event) => event.babyId).sort()).toEqual([a!.babyId, b!.babyId].sort())
    expect(log.running.find((event) => event.babyId === b!.babyId)!.at).toBe(T + 10 * 60_000)
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
    expect(log.counts(T).calendar.counts).toMatchObject({ feeds: 1, wet: 1 })
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
