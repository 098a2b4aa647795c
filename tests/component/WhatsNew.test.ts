import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import WhatsNew from '@/components/WhatsNew.vue'
import { loadSettings, saveSetting } from '@/db/settings'
import { useSettingsStore } from '@/stores/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const version = import.meta.env.APP_VERSION

describe('WhatsNew', () => {
  it("knows the app's version from package.json", () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('shows one line after an update, once, and remembers the new version', async () => {
    await saveSetting('lastSeenVersion', '0.0.1')
    const { wrapper } = await mountWithApp(WhatsNew)
    await useSettingsStore().load()
    await vi.waitFor(() => expect(wrapper.text()).toContain(`Cocoon has been updated (${version})`))
    expect((await loadSettings()).lastSeenVersion).toBe(version)
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toBe('')
  })

  it('says nothing on a first install', async () => {
    const { wrapper } = await mountWithApp(WhatsNew)
    await useSettingsStore().load()
    await vi.waitFor(async () => expect((await loadSettings()).lastSeenVersion).toBe(version))
    expect(wrapper.text()).toBe('')
  })
})
