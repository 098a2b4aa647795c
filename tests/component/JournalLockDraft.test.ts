import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import EntryForm from '@/components/EntryForm.vue'
import JournalLockGate from '@/components/JournalLockGate.vue'
import { draftWritesSettled, loadDraft } from '@/db/drafts'
import { NEW_ENTRY_DRAFT } from '@/stores/journal'
import { useLockStore } from '@/stores/lock'
import { mountWithApp } from './mountWithApp'

const LockedJournal = defineComponent(() => () => h(JournalLockGate, null, { default: () => h(EntryForm) }))

describe('locking while a draft is being typed', { timeout: 20_000 }, () => {
  afterEach(() => vi.useRealTimers())

  it('saves the draft when the form goes away, without waiting for the typing pause', async () => {
    const { wrapper } = await mountWithApp(EntryForm, { attachTo: document.body })
    await draftWritesSettled()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await wrapper.find('textarea').setValue('the last words before leaving')
    wrapper.unmount()
    await draftWritesSettled()
    expect(await loadDraft(NEW_ENTRY_DRAFT)).toMatchObject({ text: 'the last words before leaving' })
  })

  it('drops the key only after the covered page has saved its draft', async () => {
    const { wrapper } = await mountWithApp(LockedJournal, { attachTo: document.body })
    const lock = useLockStore()
    await lock.enable('739148', 5)
    await vi.waitFor(() => expect(wrapper.find('textarea').exists()).toBe(true))
    await draftWritesSettled()
    // Typing pauses never end here: only the unmount can save the draft.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await wrapper.find('textarea').setValue('sealed before the key goes')
    await lock.lockSoon()
    expect(lock.unlocked).toBe(false)
    vi.useRealTimers()
    expect((await lock.unlock('739148')).right).toBe(true)
    expect(await loadDraft(NEW_ENTRY_DRAFT)).toMatchObject({ text: 'sealed before the key goes' })
    wrapper.unmount()
  })
})
