import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import EntryForm from '@/components/EntryForm.vue'
import StorageProblemBanner from '@/components/StorageProblemBanner.vue'
import * as connection from '@/db/connection'
import * as drafts from '@/db/drafts'
import { NEW_ENTRY_DRAFT } from '@/stores/journal'
import { useStorageStore } from '@/stores/storage'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

const FormWithBanner = defineComponent(() => () => h('div', [h(StorageProblemBanner), h(EntryForm)]))
const diskFull = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
const lostConnection = () =>
  Object.assign(new Error('Connection to Indexed Database server lost. Refresh the page to try again'), {
    name: 'UnknownError',
  })

async function typeDraft(text: string) {
  const { wrapper } = await mountWithApp(FormWithBanner, { attachTo: document.body })
  await drafts.draftWritesSettled()
  await wrapper.find('textarea').setValue(text)
  return wrapper
}

describe('a draft that cannot be saved while typing', { timeout: 20_000 }, () => {
  it('shows the storage banner with the words to copy when the disk is full', async () => {
    const save = vi.spyOn(drafts, 'saveDraft').mockRejectedValue(diskFull())
    const wrapper = await typeDraft('words the disk had no room for')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="storage-problem"]').exists()).toBe(true), {
      timeout: 10_000,
    })
    expect(save).toHaveBeenCalledTimes(1)
    expect(useStorageStore().problem).toEqual({ kind: 'quota', unsavedText: 'words the disk had no room for' })
    const copyBox = wrapper.find('[data-testid="storage-problem"] textarea').element as HTMLTextAreaElement
    expect(copyBox.value).toBe('words the disk had no room for')
  })

  it('reconnects after Safari dropped the connection and saves the draft, with no banner', async () => {
    const real = drafts.saveDraft
    const save = vi.spyOn(drafts, 'saveDraft').mockRejectedValueOnce(lostConnection()).mockImplementation(real)
    const reconnect = vi.spyOn(connection, 'reconnect')
    const wrapper = await typeDraft('kept across a lost connection')
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 10_000 })
    await drafts.draftWritesSettled()
    expect(reconnect).toHaveBeenCalledTimes(1)
    localStorage.clear() // only the database's copy counts here
    expect(await drafts.loadDraft(NEW_ENTRY_DRAFT)).toMatchObject({ text: 'kept across a lost connection' })
    expect(useStorageStore().problem).toBeNull()
    expect(wrapper.find('[data-testid="storage-problem"]').exists()).toBe(false)
  })
})
