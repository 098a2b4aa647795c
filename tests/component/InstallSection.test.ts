import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import InstallSection from '@/components/InstallSection.vue'
import { isIosDevice } from '@/composables/useInstallPrompt'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

function installEvent(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(async () => undefined),
    userChoice: Promise.resolve({ outcome }),
  })
  return event
}

describe('InstallSection', () => {
  it('points to the browser menu where the browser offers no install prompt', async () => {
    const { wrapper } = await mountWithApp(InstallSection)
    expect(wrapper.text()).toContain('Look in your browser')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it("offers the browser's own install prompt from our button, once, and takes a no kindly", async () => {
    const { wrapper } = await mountWithApp(InstallSection)
    const event = installEvent('dismissed')
    window.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)

    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(event.prompt).toHaveBeenCalledOnce()
    expect(wrapper.get('[role="status"]').text()).toBe('No problem. You can install Cocoon from here later.')
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('says the app is installed once the prompt was accepted', async () => {
    const { wrapper } = await mountWithApp(InstallSection)
    window.dispatchEvent(installEvent('accepted'))
    await flushPromises()
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Cocoon is installed on this device.')
  })
})

describe('iOS detection', () => {
  it('knows iPhones and iPads, including iPads that call themselves a Mac', () => {
    expect(
      isIosDevice({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', maxTouchPoints: 5 }),
    ).toBe(true)
    expect(isIosDevice({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 5 })).toBe(true)
  })

  it('leaves Macs and Android phones out', () => {
    expect(isIosDevice({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', maxTouchPoints: 0 })).toBe(false)
    expect(isIosDevice({ userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8)', maxTouchPoints: 5 })).toBe(false)
  })
})
