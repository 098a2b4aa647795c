import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ThemePicker from '@/components/ThemePicker.vue'
import { loadSettings, saveSetting } from '@/db/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

describe('ThemePicker', () => {
  it('switches night on automatically between the chosen times', async () => {
    const { wrapper } = await mountWithApp(ThemePicker)
    expect(wrapper.find('#night-starts').exists()).toBe(false)
    await wrapper.get('input[type="checkbox"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('#night-starts').exists()).toBe(true))
    expect((wrapper.get('#night-starts').element as HTMLInputElement).value).toBe('21:00')
    await wrapper.get('#night-ends').setValue('06:30')
    await vi.waitFor(async () =>
      expect(await loadSettings()).toMatchObject({ nightAutomatically: true, nightEndsAt: '06:30' }),
    )
  })

  it('ignores an emptied time instead of saving a broken one', async () => {
    await saveSetting('nightAutomatically', true)
    const { wrapper } = await mountWithApp(ThemePicker)
    const { useSettingsStore } = await import('@/stores/settings')
    await useSettingsStore().load()
    await vi.waitFor(() => expect(wrapper.find('#night-starts').exists()).toBe(true))
    await wrapper.get('#night-starts').setValue('')
    expect((await loadSettings()).nightStartsAt).toBe('21:00')
  })

  it('ends a running night-button tap when a theme is chosen here', async () => {
    await saveSetting('nightOverride', { night: true, until: Date.now() + 3_600_000 })
    const { wrapper } = await mountWithApp(ThemePicker)
    await wrapper.get('input[value="dark"]').setValue(true)
    await vi.waitFor(async () => expect(await loadSettings()).toMatchObject({ theme: 'dark', nightOverride: null }))
  })
})
