import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LockScreen from '@/components/LockScreen.vue'
import LockSection from '@/components/LockSection.vue'
import { enableLock, lockNow } from '@/db/lock'
import { useLockStore } from '@/stores/lock'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

type Wrapper = Awaited<ReturnType<typeof mountWithApp>>['wrapper']
const valueOf = (wrapper: Wrapper, selector: string) => (wrapper.find(selector).element as HTMLInputElement).value

// Each key derivation is 600,000 PBKDF2 rounds: slow on a busy machine, on purpose.
describe('passcodes are not kept once used', { timeout: 30_000 }, () => {
  it('empties the lock settings fields after a wrong current passcode, and after a change', async () => {
    await enableLock('2468-correct')
    const { wrapper } = await mountWithApp(LockSection)
    await useLockStore().load()
    await useLockStore().unlock('2468-correct')
    await flushPromises()

    await wrapper.find('#lock-current').setValue('not-the-one')
    await wrapper.find('#lock-next').setValue('river-lamp-quiet')
    await wrapper.find('#lock-repeat').setValue('river-lamp-quiet')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').text()).toBe('That is not the current passcode.'), {
      timeout: 10_000,
    })
    expect(['#lock-current', '#lock-next', '#lock-repeat'].map((field) => valueOf(wrapper, field))).toEqual([
      '',
      '',
      '',
    ])
  })

  it('empties the lock screen field after a wrong attempt', async () => {
    await enableLock('2468-correct')
    lockNow()
    const { wrapper } = await mountWithApp(LockScreen)
    await useLockStore().load()
    await flushPromises()
    await wrapper.find('#unlock-passcode').setValue('wrong-one')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#unlock-error').exists()).toBe(true), { timeout: 10_000 })
    expect(valueOf(wrapper, '#unlock-passcode')).toBe('')
  })
})

describe("the lock's words", () => {
  it('say that mood and feelings are sealed with the rest, and that only the times are not', async () => {
    const { wrapper } = await mountWithApp(LockSection)
    const intro = wrapper.find('#lock-title + p').text()
    expect(intro).toContain('everything you write or choose in your journal is stored encrypted')
    expect(intro).toContain('your mood and feelings')
    expect(intro).toContain('Only the time of each entry is not encrypted')
    expect(intro).not.toMatch(/mood and feelings are not encrypted|mood chart use/)
  })
})
