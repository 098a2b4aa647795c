import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LanguagePicker from '@/components/LanguagePicker.vue'
import LockScreen from '@/components/LockScreen.vue'
import LockSection from '@/components/LockSection.vue'
import StorageProblemBanner from '@/components/StorageProblemBanner.vue'
import ThemePicker from '@/components/ThemePicker.vue'
import * as lockRepository from '@/db/lock'
import * as profileRepository from '@/db/profile'
import * as settingsRepository from '@/db/settings'
import { useLockStore } from '@/stores/lock'
import { useProfileStore } from '@/stores/profile'
import { useSettingsStore } from '@/stores/settings'
import { useStorageStore } from '@/stores/storage'
import SettingsView from '@/views/SettingsView.vue'
import WelcomeView from '@/views/WelcomeView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

const diskFull = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })

async function fillInBirth(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await wrapper.find('#birth-date').setValue('2026-03-01')
  await wrapper.find('#birth-time').setValue('03:20')
  await wrapper.find('form.profile-form').trigger('submit')
  await flushPromises()
}

const inputValue = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], selector: string) =>
  (wrapper.find(selector).element as HTMLInputElement).value

describe('when the device will not save', () => {
  // fillInBirth types a birth in March 2026; the form refuses births over a year before "now".
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-10T10:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps the first-run form filled in and stays on the welcome page', async () => {
    vi.spyOn(profileRepository, 'saveProfile').mockRejectedValue(diskFull())
    const { wrapper, router } = await mountWithApp(WelcomeView)
    await router.push('/welcome').catch(() => undefined)
    const before = router.currentRoute.value.fullPath
    await fillInBirth(wrapper)
    expect(wrapper.find('.field__error[role="alert"]').text()).toBe(
      'Your details could not be saved. They are still in the form, so you can try again.',
    )
    expect(router.currentRoute.value.fullPath).toBe(before)
    expect(inputValue(wrapper, '#birth-date')).toBe('2026-03-01')
    expect(inputValue(wrapper, '#birth-time')).toBe('03:20')
    expect(useStorageStore().problem?.kind).toBe('quota')
    expect(useProfileStore().profile).toBeNull()
  })

  it('says the settings form was not saved and keeps what was entered', async () => {
    vi.spyOn(profileRepository, 'saveProfile').mockRejectedValue(diskFull())
    const { wrapper } = await mountWithApp(SettingsView)
    await fillInBirth(wrapper)
    expect(wrapper.text()).toContain('Your details could not be saved.')
    expect(wrapper.text()).not.toContain('Saved')
    expect(inputValue(wrapper, '#birth-time')).toBe('03:20')
    expect(useStorageStore().problem?.kind).toBe('quota')
  })

  it('shows a failed theme or language choice on the banner, without an unhandled rejection', async () => {
    const save = vi.spyOn(settingsRepository, 'saveSetting').mockRejectedValue(diskFull())
    const theme = await mountWithApp(ThemePicker)
    await theme.wrapper.get('input[value="dark"]').setValue(true)
    await theme.wrapper.get('input[type="checkbox"]').setValue(true)
    const language = await mountWithApp(LanguagePicker)
    await language.wrapper.get('input[value="sv"]').setValue(true)
    await flushPromises()
    // Each of the three choices was tried once (a theme first ends the night button's override, and
    // stops there when that fails); each failure reached the banner without a rejection.
    expect(save.mock.calls).toEqual([
      ['nightOverride', null],
      ['nightAutomatically', true],
      ['locale', 'sv'],
    ])
    expect(useStorageStore().problem?.kind).toBe('quota')
    expect(useSettingsStore().settings).toMatchObject({ nightAutomatically: false, locale: null })
  })

  it('retries a settings write once when Safari has dropped the connection', async () => {
    const lost = Object.assign(new Error('Connection to Indexed Database server lost. Refresh the page to try again'), {
      name: 'UnknownError',
    })
    const real = settingsRepository.saveSetting
    const save = vi.spyOn(settingsRepository, 'saveSetting').mockRejectedValueOnce(lost).mockImplementation(real)
    await mountWithApp(ThemePicker)
    await useSettingsStore().update('installHintDismissed', true)
    expect(save).toHaveBeenCalledTimes(2)
    expect((await settingsRepository.loadSettings()).installHintDismissed).toBe(true)
    expect(useStorageStore().problem).toBeNull()
  })

  it('tells the lock screen that unlocking failed, not that the passcode was wrong', async () => {
    vi.spyOn(lockRepository, 'unlock').mockRejectedValue(new Error('OperationError'))
    const { wrapper } = await mountWithApp(LockScreen)
    useLockStore().loaded = true
    await flushPromises()
    await wrapper.find('#unlock-passcode').setValue('correct horse')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid="unlock-failed"]').text()).toBe(
      'Unlocking did not work this time, and not because of your passcode. Please try again, or reload the page.',
    )
    expect(wrapper.find('#unlock-error').exists()).toBe(false)
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined()
  })

  it('says so when the idle time of the lock cannot be saved', async () => {
    vi.spyOn(lockRepository, 'setIdleMinutes').mockRejectedValue(diskFull())
    const { wrapper } = await mountWithApp(LockSection)
    Object.assign(useLockStore(), { loaded: true, enabled: true, unlocked: true })
    await flushPromises()
    await wrapper.get('#lock-idle').setValue('15')
    await flushPromises()
    expect(wrapper.find('.field__error[role="alert"]').text()).toBe(
      'That did not work, and nothing was changed. Please try again.',
    )
    expect(useStorageStore().problem?.kind).toBe('quota')
  })
})

describe('StorageProblemBanner', () => {
  it('alerts with the message only, leaving the copy box and buttons out of the announcement', async () => {
    const { wrapper } = await mountWithApp(StorageProblemBanner)
    useStorageStore().report(diskFull(), 'What I wrote tonight')
    await flushPromises()
    const banner = wrapper.get('[data-testid="storage-problem"]')
    expect(banner.attributes('role')).toBeUndefined()
    const alerts = banner.findAll('[role="alert"]')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.element.tagName).toBe('P')
    expect(alerts[0]!.find('textarea').exists()).toBe(false)
    expect(alerts[0]!.find('button').exists()).toBe(false)
  })
})
