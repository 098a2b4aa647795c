import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import BackupSection from '@/components/BackupSection.vue'
import DeleteEverythingSection from '@/components/DeleteEverythingSection.vue'
import LockScreen from '@/components/LockScreen.vue'
import LockSection from '@/components/LockSection.vue'
import { addEntry } from '@/db/journal'
import { enableLock, lockNow } from '@/db/lock'
import { useBackupStore } from '@/stores/backup'
import { useLockStore } from '@/stores/lock'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const T = Date.UTC(2026, 3, 2, 8)
const content = { at: T, mood: 3 as const, feelings: [], helped: [], sleepHours: null, text: 'a night' }

// Every key derivation is 600,000 PBKDF2 rounds: slow on a busy machine, on purpose.
describe('the lock guards', { timeout: 60_000 }, () => {
  it('refuses a trivial new passcode and explains the rule', async () => {
    const { wrapper } = await mountWithApp(LockSection)
    await useLockStore().load()
    await flushPromises()
    expect(wrapper.text()).toContain('someone with a copy of the app')
    await wrapper.find('#lock-next').setValue('0000 00')
    await wrapper.find('#lock-repeat').setValue('0000 00')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('too easy to guess')
    expect(useLockStore().enabled).toBe(false)
  })

  it('invites someone who unlocked with an old four-digit passcode to choose a stronger one', async () => {
    await enableLock('2468')
    lockNow()
    const { wrapper } = await mountWithApp(LockSection)
    const lock = useLockStore()
    await lock.load()
    expect((await lock.unlock('2468')).right).toBe(true)
    await flushPromises()
    expect(wrapper.find('[data-testid="lock-weak"]').text()).toContain('shorter than Cocoon now asks for')
  })

  it('keeps the lock screen waiting after wrong tries, also when it is shown again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(T)
    await enableLock('river-lamp-quiet')
    lockNow()
    const lock = useLockStore()
    for (const guess of ['a', 'b', 'c']) expect((await lock.unlock(guess)).right).toBe(false)
    const { wrapper } = await mountWithApp(LockScreen)
    await useLockStore().load()
    await flushPromises()
    expect(wrapper.find('[data-testid="unlock-wait"]').text()).toContain('try again in 5 seconds')
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    vi.useRealTimers()
  })

  it('makes removing the lock wait after wrong tries at the current passcode', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(T)
    await enableLock('river-lamp-quiet')
    const { wrapper } = await mountWithApp(LockSection)
    await useLockStore().load()
    await flushPromises()
    await wrapper.find('input[type="radio"][value="remove"]').setValue(true)
    for (const guess of ['a-wrong-one', 'b-wrong-one', 'c-wrong-one']) {
      await wrapper.find('#lock-current').setValue(guess)
      await wrapper.find('form').trigger('submit')
      await vi.waitFor(() => expect(wrapper.find('[role="alert"]').text()).toBe('That is not the current passcode.'))
      await flushPromises()
    }
    // vi.waitFor moves the faked clock on while it polls, so part of the 5 s may be gone.
    expect(wrapper.find('[data-testid="lock-change-wait"]').text()).toMatch(
      /^Too many wrong tries\. You can try again in [1-5] seconds?\.$/,
    )
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    await wrapper.find('#lock-current').setValue('river-lamp-quiet')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(useLockStore().enabled).toBe(true)
    vi.useRealTimers()
  })

  it('needs the passcode to save a backup while the journal is locked', async () => {
    await addEntry(content, T)
    await enableLock('river-lamp-quiet')
    lockNow()
    const { wrapper } = await mountWithApp(BackupSection)
    await useLockStore().load()
    const create = vi.spyOn(useBackupStore(), 'create')
    await flushPromises()
    const save = wrapper.findAll('button').find((button) => button.text() === 'Save a backup')!
    expect(save.attributes('disabled')).toBeDefined()
    await wrapper.find('#backup-export-passcode').setValue('not it')
    await save.trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('That passcode is not right, so no backup was saved.'), {
      timeout: 20_000,
    })
    expect((wrapper.find('#backup-export-passcode').element as HTMLInputElement).value).toBe('')
    await expect(useBackupStore().create(new Date(T), '')).rejects.toMatchObject({ name: 'PasscodeRefusedError' })
    expect(create).toHaveBeenCalled()
    expect(useLockStore().unlocked).toBe(false)
  })

  it('lists what "Delete everything" removes and needs the word typed', async () => {
    await addEntry(content, T)
    await addEntry({ ...content, at: T + 1 }, T + 1)
    const { wrapper } = await mountWithApp(DeleteEverythingSection)
    const eraseAll = vi.spyOn(useBackupStore(), 'eraseAll').mockResolvedValue()
    await wrapper.find('button').trigger('click')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="delete-all-list"]').text()).toContain('your journal: 2 entries'),
    )
    const button = wrapper.find('button[type="submit"]')
    expect(button.attributes('disabled')).toBeDefined()
    await wrapper.find('#delete-all-word').setValue('delet')
    expect(button.attributes('disabled')).toBeDefined()
    await wrapper.find('#delete-all-word').setValue(' delete ')
    expect(button.attributes('disabled')).toBeUndefined()
    vi.spyOn(window.location, 'assign').mockImplementation(() => undefined)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(eraseAll).toHaveBeenCalledOnce()
  })
})
