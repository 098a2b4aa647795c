import { describe, expect, it } from 'vitest'
import { database } from '@/db/connection'
import { draftWritesSettled, registerDraftWork, saveDraft } from '@/db/drafts'
import { retryingLostConnection } from '@/db/errors'
import { emptyDraft } from '@/domain/journal'

// The two tests run in this order: the first leaves work running as a form does when it unmounts.
describe('the per-test database', () => {
  it('lets a test end while a draft write it started, retried after a lost connection, still runs', () => {
    void registerDraftWork(retryingLostConnection(() => saveDraft('journal:new', { ...emptyDraft(), text: 'late' })))
  })

  it('keeps that write out of the next test’s database', async () => {
    await draftWritesSettled()
    expect(await (await database()).drafts.count()).toBe(0)
  })
})
