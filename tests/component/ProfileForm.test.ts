import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ProfileForm from '@/components/ProfileForm.vue'
import { emptyProfile } from '@/domain/profile'
import { mountWithApp } from './mountWithApp'

describe('ProfileForm', () => {
  // The form refuses births over a year old: every test runs at a fixed instant, never today's date.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-10T10:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves a birth date and time as the instant, with the chosen country', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'SE', submitLabel: 'Start' },
    })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
    await wrapper.find('[data-testid="country"] input[value="NL"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([
      [{ ...emptyProfile('NL'), birthAt: new Date('2026-03-01T03:20').getTime() }],
    ])
  })

  it('explains a birth time in the future and saves nothing', async () => {
    vi.setSystemTime(new Date('2026-03-01T10:00'))
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'UK', submitLabel: 'Start' },
    })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('18:00')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'That time is in the future. Please check the date and time of birth.',
    )
    expect(wrapper.find('#birth-time').attributes('aria-describedby')).toBe('profile-form-error')
    expect((wrapper.find('#birth-time').element as HTMLInputElement).value).toBe('18:00')
  })

  it('keeps an optional due date with the birth, for a premature baby', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'UK', submitLabel: 'Start' },
    })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
    await wrapper.find('#birth-due-date').setValue('2026-04-26')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([
      [{ ...emptyProfile('UK'), birthAt: new Date('2026-03-01T03:20').getTime(), dueDate: '2026-04-26' }],
    ])
  })

  it('refuses a due date more than 20 weeks after the birth', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'UK', submitLabel: 'Start' },
    })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
    await wrapper.find('#birth-due-date').setValue('2026-08-01')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'A due date lies between 6 weeks before and 20 weeks after the birth.',
    )
    expect(wrapper.find('#birth-due-date').attributes('aria-describedby')).toBe(
      'profile-form-due-hint profile-form-error',
    )
  })

  it('saves a due date when the baby has not arrived yet', async () => {
    vi.setSystemTime(new Date('2026-03-01T10:00'))
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'SE', submitLabel: 'Start' },
    })
    await wrapper.findAll('input[name="born"]')[1]!.setValue(true)
    await wrapper.find('#due-date').setValue('2026-04-15')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[{ ...emptyProfile('SE'), dueDate: '2026-04-15' }]])
  })

  it('saves the birth details that choose the cards', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'UK', submitLabel: 'Start' },
    })
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
    const check = (label: string) =>
      wrapper
        .findAll('label')
        .find((item) => item.text() === label)!
        .find('input')
        .setValue(true)
    await check('Caesarean')
    await check('I had an epidural')
    await check('Formula')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([
      [
        {
          ...emptyProfile('UK'),
          birthAt: new Date('2026-03-01T03:20').getTime(),
          birthMode: 'caesarean',
          epidural: true,
          feeding: 'formula',
        },
      ],
    ])
  })

  it('keeps the saved details when an entry is wrong, and lets the parent clear an answer', async () => {
    const saved = {
      ...emptyProfile('NL'),
      birthAt: new Date('2026-03-01T03:20').getTime(),
      birthMode: 'vaginal' as const,
      oxytocinDrip: true,
      feeding: 'both' as const,
    }
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: saved, defaultCountry: 'UK', submitLabel: 'Save' },
    })
    expect(
      (
        wrapper
          .findAll('label')
          .find((item) => item.text() === 'Both')!
          .find('input').element as HTMLInputElement
      ).checked,
    ).toBe(true)
    await wrapper.find('#birth-time').setValue('')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toBeUndefined()
    expect(wrapper.find('[role="alert"]').text()).toBe('Please enter the time of birth. An approximate time is fine.')
    await wrapper.find('#birth-time').setValue('03:20')
    await wrapper
      .findAll('label')
      .find((item) => item.text() === "I'd rather not say")!
      .find('input')
      .setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[{ ...saved, birthMode: null }]])
  })

  it('asks only about feeding while the family is still expecting', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, {
      props: { initial: null, defaultCountry: 'SE', submitLabel: 'Start' },
    })
    await wrapper.findAll('input[name="born"]')[1]!.setValue(true)
    const text = wrapper.text()
    expect(text).toContain('How do you plan to feed your baby?')
    expect(text).not.toContain('I had an epidural')
  })

  it('speaks Swedish when the app does', async () => {
    const { wrapper } = await mountWithApp(
      ProfileForm,
      { props: { initial: null, defaultCountry: 'SE', submitLabel: 'Börja' } },
      'sv',
    )
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe('Fyll i födelsedatum.')
  })
})
