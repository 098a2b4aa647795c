import { afterEach, describe, expect, it } from 'vitest'
import { database } from '@/db/connection'
import { bufferDraft, clearDraft, draftWritesSettled, loadDraft, saveDraft } from '@/db/drafts'
import { enableLock } from '@/db/lock'
import { currentLock } from '@/db/keyring'
import { emptyDraft } from '@/domain/journal'
import { createPinia, setActivePinia } from 'pinia'
import { useBackupStore } from '@/stores/backup'

const KEY = 'journal:new'
const draft = (text: string) => ({ ...emptyDraft(), text })
const buffered = () => JSON.stringify({ ...localStorage })

describe('the draft crash buffer', () => {
  afterEach(() => localStorage.clear())

  it('keeps a change synchronously, before any IndexedDB write, and brings it back', async () => {
    await currentLock()
    bufferDraft(KEY, draft('typed a moment before the reload'))
    expect(buffered()).toContain('typed a moment before the reload')
    expect(await (await database()).drafts.get(KEY)).toBeUndefined()
    expect(await loadDraft(KEY)).toMatchObject({ text: 'typed a moment before the reload' })
  })

  it('restores whichever of the buffer and the database is newer', async () => {
    await currentLock()
    await saveDraft(KEY, draft('older, in the database'), 1_000)
    bufferDraft(KEY, draft('newer, in the buffer'), 2_000)
    expect(await loadDraft(KEY)).toMatchObject({ text: 'newer, in the buffer' })
    await saveDraft(KEY, draft('newest, in the database'), 3_000)
    expect(await loadDraft(KEY)).toMatchObject({ text: 'newest, in the database' })
  })

  it('keeps only a sealed copy while the lock is on, and the latest one once sealed', async () => {
    await enableLock('2468')
    bufferDraft(KEY, draft('MARKER first'), 1_000)
    bufferDraft(KEY, draft('MARKER second'), 2_000)
    await draftWritesSettled()
    expect(buffered()).not.toContain('MARKER')
    expect(buffered()).toContain('AES-GCM-256')
    expect(await loadDraft(KEY)).toMatchObject({ text: 'MARKER second' })
  })

  it('is forgotten with the draft', async () => {
    await currentLock()
    bufferDraft(KEY, draft('saved as an entry since'))
    await clearDraft(KEY)
    expect(buffered()).not.toContain('saved as an entry since')
    expect(await loadDraft(KEY)).toBeNull()
  })

  it('goes with "Delete everything"', async () => {
    await currentLock()
    bufferDraft(KEY, draft('MARKER to be erased'))
    setActivePinia(createPinia())
    await useBackupStore().eraseAll()
    expect(buffered()).not.toContain('MARKER')
  })

  it('ignores a buffer that is not a draft', async () => {
    localStorage.setItem(`cocoon.draft.${(await database()).name}.${KEY}`, '{"key":"journal:new","updatedAt":1}')
    expect(await loadDraft(KEY)).toBeNull()
  })
})
