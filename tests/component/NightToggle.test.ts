import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NightToggle from '@/components/NightToggle.vue'
import { loadSettings } from '@/db/settings'
import { useSettingsStore } from '@/stores/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

describe('NightToggle', () => {
  it('turns night mode on with one tap, until the morning, and off with the next', async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 10, 23, 0), toFake: ['Date'] })
    const { wrapper } = await mountWithApp(NightToggle)
    const button = wrapper.get('button')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(button.text()).toBe('Night mode')

    await button.trigger('click')
    await vi.waitFor(() => expect(button.attributes('aria-pressed')).toBe('true'))
    expect((await loadSettings()).nightOverride).toEqual({ night: true, until: new Date(2026, 0, 11, 7, 0).getTime() })

    await button.trigger('click')
    await vi.waitFor(() => expect(button.attributes('aria-pressed')).toBe('false'))
  })

  it('shows as pressed when the automatic night has begun', async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 10, 22, 0), toFake: ['Date'] })
    const { wrapper } = await mountWithApp(NightToggle)
    await useSettingsStore().update('nightAutomatically', true)
    await flushPromises()
    expect(wrapper.get('button').attributes('aria-pressed')).toBe('true')
  })
})
