import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LogPage from '@/components/log/LogPage.vue'
import { eventsSince, listBabies } from '@/db/log'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
const T = Date.UTC(2026, 2, 4, 8, 0)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T)
  await listBabies()
})
afterEach(() => vi.useRealTimers())

describe('a weight with its length and head circumference', () => {
  it('says which figure it cannot take, keeps what was typed, and saves once it is right', async () => {
    const { wrapper } = await mountWithApp(LogPage)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Add an entry')!
      .trigger('click')
    await wrapper.get('input[type="radio"][value="weight"]').setValue(true)
    const field = (label: string) => {
      const id = wrapper
        .findAll('label[for]')
        .find((candidate) => candidate.text() === label)!
        .attributes('for')
      return wrapper.get(`#${id}`)
    }
    await field('Weight').setValue('3,6 kg')
    await field('Length in cm (optional)').setValue('fifty')
    await field('Head circumference in cm (optional)').setValue('35,5')
    await wrapper.get('form.log-form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Enter a length between 20 and 130 cm, or leave it empty.'))
    expect(field('Length in cm (optional)').attributes('aria-invalid')).toBe('true')
    expect((field('Length in cm (optional)').element as HTMLInputElement).value).toBe('fifty')
    expect(await eventsSince(0)).toEqual([])

    await field('Length in cm (optional)').setValue('51,5')
    await wrapper.get('form.log-form').trigger('submit')
    await flushPromises()
    await vi.waitFor(async () =>
      expect(await eventsSince(0)).toEqual([
        expect.objectContaining({ kind: 'weight', grams: 3600, lengthCm: 51.5, headCm: 35.5 }),
      ]),
    )
  })
})
