import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import ProfileForm from '@/components/ProfileForm.vue'
import { emptyProfile, type Profile } from '@/domain/profile'
import { mountWithApp } from './mountWithApp'

const born = new Date('2026-03-01T03:20').getTime()
const question = (wrapper: VueWrapper) =>
  wrapper
    .findAll('fieldset')
    .find((set) => set.find('legend').text() === 'Is your baby being cared for in a neonatal unit?')
const answer = (wrapper: VueWrapper, label: string) =>
  question(wrapper)!
    .findAll('label')
    .find((item) => item.text() === label)!
    .find('input')

async function mountForm(initial: Profile | null, locale?: string) {
  const { wrapper } = await mountWithApp(
    ProfileForm,
    { props: { initial, defaultCountry: 'UK', submitLabel: 'Start' } },
    ...(locale ? [locale] : []),
  )
  if (!initial) {
    await wrapper.find('#birth-date').setValue('2026-03-01')
    await wrapper.find('#birth-time').setValue('03:20')
  }
  return wrapper
}

describe('the neonatal-care question in the birth form', () => {
  // The form refuses births over a year old: every test runs at a fixed instant, never today's date.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-10T10:00'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks it once the baby is here, answered no until the parent says yes, with how to change it later', async () => {
    const wrapper = await mountForm(null)
    expect(question(wrapper)).toBeDefined()
    expect((answer(wrapper, 'No').element as HTMLInputElement).checked).toBe(true)
    expect((answer(wrapper, 'Yes, my baby is in the neonatal unit').element as HTMLInputElement).checked).toBe(false)
    expect(question(wrapper)!.attributes('aria-describedby')).toBe('neonatal-care-hint')
    expect(wrapper.find('#neonatal-care-hint').text()).toContain('change this to No in Settings')
  })

  it('saves a yes in the profile', async () => {
    const wrapper = await mountForm(null)
    await answer(wrapper, 'Yes, my baby is in the neonatal unit').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('save')).toEqual([[{ ...emptyProfile('UK'), birthAt: born, neonatalCare: true }]])
  })

  it('saves a no as the profile has always been, without the field', async () => {
    const wrapper = await mountForm(null)
    await wrapper.find('form').trigger('submit')
    const [[saved]] = wrapper.emitted('save') as [[Profile]]
    expect(Object.hasOwn(saved, 'neonatalCare')).toBe(false)
  })

  it('shows a saved yes in settings, and turns it off when the baby comes home', async () => {
    const saved: Profile = { ...emptyProfile('NL'), birthAt: born, dueDate: '2026-04-26', neonatalCare: true }
    const wrapper = await mountForm(saved)
    expect((answer(wrapper, 'Yes, my baby is in the neonatal unit').element as HTMLInputElement).checked).toBe(true)
    await answer(wrapper, 'No').setValue(true)
    await wrapper.find('form').trigger('submit')
    const { neonatalCare: _removed, ...home } = saved
    expect(wrapper.emitted('save')).toEqual([[home]])
    expect(Object.hasOwn((wrapper.emitted('save') as [[Profile]])[0][0], 'neonatalCare')).toBe(false)
  })

  it('does not ask while the family is still expecting', async () => {
    const wrapper = await mountForm(null)
    await wrapper.findAll('input[name="born"]')[1]!.setValue(true)
    expect(question(wrapper)).toBeUndefined()
  })

  it.each([
    ['sv', 'Vårdas ditt barn på en neonatalavdelning?', 'Ja, mitt barn vårdas på neonatalavdelningen'],
    ['nl', 'Ligt je baby op de afdeling neonatologie (de couveuseafdeling)?', 'Ja, mijn baby ligt op de neonatologie'],
  ])('asks it in %s', async (locale, legend, yes) => {
    const wrapper = await mountForm(null, locale)
    const set = wrapper.findAll('fieldset').find((item) => item.find('legend').text() === legend)
    expect(set, legend).toBeDefined()
    expect(set!.findAll('label').map((label) => label.text())).toContain(yes)
  })
})
