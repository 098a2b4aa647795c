import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { JournalEntry, MoodLevel } from '@/domain/journal'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { emptyProfile } from '@/domain/profile'
import { flushPromises } from '@vue/test-utils'
import { enableLock, lockNow } from '@/db/lock'
import { useJournalStore } from '@/stores/journal'
import { useLockStore } from '@/stores/lock'
import { useMoodInsightsStore } from '@/stores/moodInsights'
import { useProfileStore } from '@/stores/profile'
import { storeEntries } from '../../fixtures/db/journalEntries'

const birthAt = Date.UTC(2026, 2, 1, 6, 0)
// Past the two weeks before which the noticing rule stays quiet.
const now = birthAt + 20 * DAY_MS
const entry = (at: number, mood: MoodLevel): JournalEntry => ({
  at,
  mood,
  feelings: [],
  helped: [],
  sleepHours: null,
  text: '',
  createdAt: at,
  updatedAt: at,
})

describe('the mood insights store', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
    setActivePinia(createPinia())
    useProfileStore().profile = { ...emptyProfile('SE'), birthAt }
  })
  afterEach(() => vi.useRealTimers())

  it('charts each day of the baby with entries, after the list has shown its first page', async () => {
    await storeEntries([entry(birthAt + HOUR_MS, 4), entry(birthAt + 2 * HOUR_MS, 2), entry(birthAt + 3 * DAY_MS, 5)])
    const insights = useMoodInsightsStore()
    expect(insights.totalCount).toBe(0)
    await vi.waitFor(() => expect(useJournalStore().firstPageSettled).toBe(true), { timeout: 10_000 })
    await vi.waitFor(() => expect(insights.totalCount).toBe(3), { timeout: 10_000 })
    expect(insights.days.map(({ day, count, mean }) => ({ day, count, mean }))).toEqual([
      { day: 0, count: 2, mean: 3 },
      { day: 3, count: 1, mean: 5 },
    ])
    expect(insights.readFailed).toBe(false)
  })

  it('has no mood to chart, count or notice while locked, and all of them once unlocked', async () => {
    const lows = Array.from({ length: 14 }, (_, index) => entry(now - index * DAY_MS - HOUR_MS, 1))
    await storeEntries(lows)
    await enableLock('2468-right')
    lockNow()
    const lock = useLockStore()
    await lock.load()
    const insights = useMoodInsightsStore()
    await vi.waitFor(() => expect(useJournalStore().firstPageSettled).toBe(true), { timeout: 10_000 })
    await flushPromises()
    expect([insights.totalCount, insights.days, insights.notice]).toEqual([0, [], null])
    expect((await lock.unlock('2468-right')).right).toBe(true)
    await vi.waitFor(() => expect(insights.totalCount).toBe(14), { timeout: 10_000 })
    await vi.waitFor(() => expect(insights.notice).toBe('lastingLow'), { timeout: 10_000 })
  })

  it('notices a run of low moods in the last two weeks', async () => {
    const lows = Array.from({ length: 14 }, (_, index) => entry(now - index * DAY_MS - HOUR_MS, 1))
    await storeEntries(lows)
    const insights = useMoodInsightsStore()
    expect(insights.notice).toBeNull()
    await vi.waitFor(() => expect(insights.notice).toBe('lastingLow'), { timeout: 10_000 })
  })

  it('has nothing to chart by the baby day before a birth time is known', async () => {
    useProfileStore().profile = null
    await storeEntries([entry(birthAt + HOUR_MS, 3)])
    const insights = useMoodInsightsStore()
    await vi.waitFor(() => expect(insights.totalCount).toBe(1), { timeout: 10_000 })
    expect(insights.days).toEqual([])
  })
})
