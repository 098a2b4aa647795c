import { readFileSync } from 'node:fs'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import WhatsNew from '@/components/WhatsNew.vue'
import { firstPageShown } from '@/composables/firstPageShown'
import { databaseExists } from '@/db/connection'
import { saveProfile } from '@/db/profile'
import { loadSettings, saveSetting } from '@/db/settings'
import { emptyProfile } from '@/domain/profile'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const version = import.meta.env.APP_VERSION

describe('WhatsNew', () => {
  it("knows the app's version from package.json", () => {
    const { version: packaged } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
    }
    expect(version).toBe(packaged)
  })

  it('shows one line after an update, once, and remembers the new version', async () => {
    await saveSetting('lastSeenVersion', '0.0.1')
    const { wrapper } = await mountWithApp(WhatsNew)
    await useSettingsStore().load()
    await vi.waitFor(() => expect(wrapper.text()).toContain(`Cocoon has been updated (${version})`))
    await vi.waitFor(async () => expect((await loadSettings()).lastSeenVersion).toBe(version))
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toBe('')
  })

  it('says nothing on a first install, and remembers the version once the parent has set up', async () => {
    await saveProfile(emptyProfile('SE'))
    const { wrapper } = await mountWithApp(WhatsNew)
    await Promise.all([useSettingsStore().load(), useProfileStore().load()])
    await vi.waitFor(async () => expect((await loadSettings()).lastSeenVersion).toBe(version))
    expect(wrapper.text()).toBe('')
  })

  it('keeps nothing on the device before the first-run screen is done, and remembers the version at set-up', async () => {
    const { wrapper } = await mountWithApp(WhatsNew)
    const remember = vi.spyOn(useSettingsStore(), 'remember')
    await Promise.all([useSettingsStore().load(), useProfileStore().load()])
    // Both stores are loaded and the first page is shown: all a write would wait for has happened.
    await firstPageShown()
    await flushPromises()
    expect(useSettingsStore().loaded && useProfileStore().loaded).toBe(true)
    expect(remember).not.toHaveBeenCalled()
    expect(wrapper.text()).toBe('')
    expect(await databaseExists()).toBe(false)
    await useProfileStore().save(emptyProfile('NL'))
    await vi.waitFor(async () => expect((await loadSettings()).lastSeenVersion).toBe(version))
    expect(remember).toHaveBeenCalledExactlyOnceWith('lastSeenVersion', version)
    expect(wrapper.text()).toBe('')
  })
})
