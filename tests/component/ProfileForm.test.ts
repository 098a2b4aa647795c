import { describe, expect, it, vi } from 'vitest'
import ProfileForm from '@/components/ProfileForm.vue'
import { emptyProfile } from '@/domain/profile'
import { mountWithApp } from './mountWithApp'

describe('ProfileForm', () => {
  it('saves a birth date and time as the instant, with the chosen country', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, { props: { initial: null, defaultCountry: 'SE', submitLabel: 'Start' } })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
    await wrapper.find('#country').setValue('NL')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[{ ...emptyProfile('NL'), birthAt: new Date('2026-03-01T03:20').getTime() }]])
  })

  it('explains a birth time in the future and saves nothing', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00'), toFake: ['Date'] })
    const { wrapper } = await mountWithApp(ProfileForm, { props: { initial: null, defaultCountry: 'UK', submitLabel: 'Start' } })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('18:00')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toBe('That time is in the future. Please check the date and time of birth.')
    expect(wrapper.find('#birth-time').attributes('aria-describedby')).toBe('profile-form-error')
    expect((wrapper.find('#birth-time').element as HTMLInputElement).value).toBe('18:00')
    vi.useRealTimers()
  })

  it('saves a due date when the baby has not arrived yet', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00'), toFake: ['Date'] })
    const { wrapper } = await mountWithApp(ProfileForm, { props: { initial: null, defaultCountry: 'SE', submitLabel: 'Start' } })
    await wrapper.findAll('input[name="born"]')[1]!.setValue(true)
    await wrapper.find('#due-date').setValue('2026-04-15')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[{ ...emptyProfile('SE'), dueDate: '2026-04-15' }]])
    vi.useRealTimers()
  })

  it('speaks Swedish when the app does', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, { props: { initial: null, defaultCountry: 'SE', submitLabel: 'Börja' } }, 'sv')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe('Fyll i födelsedatum.')
  })
})
