import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TodayMoodNotice from '@/components/TodayMoodNotice.vue'
import type { JournalEntry, MoodLevel } from '@/domain/journal'
import { emptyProfile } from '@/domain/profile'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { useLockStore } from '@/stores/lock'
import { useProfileStore } from '@/stores/profile'
import { storeEntries } from '../fixtures/db/journalEntries'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.UTC(2026, 2, 1, 6, 0)
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
const twoLowWeeks = () => Array.from({ length: 14 }, (_, index) => entry(now - index * DAY_MS - HOUR_MS, 1))

async function mountOnToday() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(now)
  const mounted = await mountWithApp(TodayMoodNotice)
  useProfileStore().profile = { ...emptyProfile('UK'), birthAt }
  return mounted
}

afterEach(() => vi.useRealTimers())

describe("Today's lasting-low notice", { timeout: 20_000 }, () => {
  it('shows the journal\'s "still low" notice with the country\'s help lines', async () => {
    await storeEntries(twoLowWeeks())
    const { wrapper } = await mountOnToday()
    await vi.waitFor(() => expect(wrapper.find('.noticing-card--lastingLow').exists()).toBe(true))
    expect(wrapper.text()).toContain('116 123')
  })

  it('stays quiet when the moods are not low', async () => {
    await storeEntries(twoLowWeeks().map((low) => ({ ...low, mood: 4 as MoodLevel })))
    const { wrapper } = await mountOnToday()
    await vi.waitFor(() => expect(useLockStore().loaded).toBe(true))
    await flushPromises()
    expect(wrapper.find('.noticing-card').exists()).toBe(false)
  })

  it('shows nothing while the lock keeps the journal behind its passcode', async () => {
    await storeEntries(twoLowWeeks())
    const { wrapper } = await mountOnToday()
    const lock = useLockStore()
    await vi.waitFor(() => expect(lock.loaded).toBe(true))
    lock.enabled = true
    lock.unlocked = false
    await flushPromises()
    expect(wrapper.find('.noticing-card').exists()).toBe(false)
    lock.unlocked = true
    await vi.waitFor(() => expect(wrapper.find('.noticing-card--lastingLow').exists()).toBe(true))
  })
})
