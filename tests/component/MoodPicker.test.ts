import { describe, expect, it } from 'vitest'
import MoodPicker from '@/components/MoodPicker.vue'
import { mountWithApp } from './mountWithApp'

describe('MoodPicker', () => {
  it('is a labelled radio group of five faces, each with a text label', async () => {
    const { wrapper } = await mountWithApp(MoodPicker, { props: { modelValue: null } })
    const group = wrapper.find('[role="radiogroup"]')
    expect(wrapper.find(`#${group.attributes('aria-labelledby')}`).text()).toBe('How are you feeling?')
    const options = wrapper.findAll('label')
    expect(options.map((option) => option.text())).toEqual(['Very low', 'Low', 'Okay', 'Good', 'Very good'])
    expect(
      options.every(
        (option) => option.find('input[type="radio"]').exists() && option.find('svg[aria-hidden="true"]').exists(),
      ),
    ).toBe(true)
    expect(new Set(wrapper.findAll('input').map((input) => input.attributes('name'))).size).toBe(1)
  })

  it('reports the chosen level and marks it', async () => {
    const { wrapper } = await mountWithApp(MoodPicker, {
      props: {
        modelValue: null,
        'onUpdate:modelValue': (value: unknown) => wrapper.setProps({ modelValue: value as 3 }),
      },
    })
    await wrapper.find('input[value="3"]').setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([[3]])
    expect(wrapper.find('.mood-picker__option--chosen').text()).toBe('Okay')
  })

  it('speaks Dutch when the app does', async () => {
    const { wrapper } = await mountWithApp(MoodPicker, { props: { modelValue: 5 } }, 'nl')
    expect(wrapper.find('.mood-picker__option--chosen').text()).toBe('Heel goed')
  })
})
