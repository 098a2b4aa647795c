import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { database } from '@/db/connection'
import { RESEAL_DELAY_MS, useLockStore } from '@/stores/lock'
import { readEntry, storeOldShapeJournal } from '../../fixtures/db/journalEntries'

describe('the lock store', { timeout: 60_000 }, () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('seals rows an earlier lock left with mood and feelings readable, a moment after unlocking', async () => {
    await storeOldShapeJournal('v2-locked-passcode-2468.json')
    const lock = useLockStore()
    await lock.load()
    const rows = async () => (await database()).journal.toArray()
    expect((await lock.unlock('2468')).right).toBe(true)
    // Not at once: the journal's first screen opens every entry first.
    expect((await rows()).every((row) => 'mood' in row)).toBe(true)
    await vi.waitFor(async () => expect((await rows()).some((row) => 'mood' in row || 'feelings' in row)).toBe(false), {
      timeout: RESEAL_DELAY_MS + 20_000,
    })
    expect(await readEntry(1)).toMatchObject({ mood: 2, feelings: ['tearful', 'exhausted'] })
  })
})
