import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BabiesSection from '@/components/log/BabiesSection.vue'
import QuickLogBar from '@/components/log/QuickLogBar.vue'
import { addBaby, ensureBaby, eventsSince, listBabies, updateBaby } from '@/db/log'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
const T = Date.UTC(2026, 2, 4, 8, 0)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T)
  // Opened first, as the app does before its pages: live queries follow a database already open.
  await listBabies()
})
afterEach(() => vi.useRealTimers())

async function twins(secondName: string | null = 'Noor') {
  const first = await ensureBaby(T)
  await updateBaby(first.id, { colour: 'orange' }, T)
  const second = await addBaby('sky', T)
  if (secondName) await updateBaby(second.id, { name: secondName }, T)
  return { first, second }
}

describe('the quick log with twins', () => {
  it('shows no baby chips with one baby', async () => {
    await ensureBaby(T)
    const { wrapper } = await mountWithApp(QuickLogBar)
    await flushPromises()
    expect(wrapper.find('fieldset.baby-picker').exists()).toBe(false)
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual([
      'Feed left',
      'Feed right',
      'Wet nappy',
      'Dirty nappy',
    ])
  })

  it('starts a tandem feed for both and logs a nappy for the twin picked', async () => {
    const { first, second } = await twins()
    const { wrapper } = await mountWithApp(QuickLogBar)
    await vi.waitFor(() => expect(wrapper.findAll('.baby-picker__chip')).toHaveLength(3))
    expect(wrapper.findAll('.baby-picker__chip').map((chip) => chip.text())).toEqual(['Baby A', 'Noor', 'Both'])

    await wrapper.get('input[value="all"]').setValue(true)
    const feeds = wrapper.findAll('.quick-log__row button')
    expect(feeds.map((button) => button.text())).toEqual([
      'Together: Baby A left, Noor right',
      'Together: Baby A right, Noor left',
    ])
    expect(wrapper.text()).toContain('A nappy is for one baby: pick who above.')
    await feeds[0]!.trigger('click')
    await vi.waitFor(async () => expect(await eventsSince(T - 1)).toHaveLength(2))
    const started = await eventsSince(T - 1)
    expect(started.map((event) => event.babyId).sort()).toEqual([first.id, second.id].sort())

    await wrapper.get(`input[value="${second.id}"]`).setValue(true)
    const wet = wrapper.findAll('button').find((button) => button.text() === 'Wet nappy')!
    await wet.trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toMatch(/^Noor: Wet nappy logged at \d/))
    const nappy = (await eventsSince(T - 1)).find((event) => event.kind === 'nappy')
    expect(nappy?.babyId).toBe(second.id)
  })
})

describe('the babies section', () => {
  it('adds a second baby, and shows a name as text, never as markup', async () => {
    await ensureBaby(T)
    const { wrapper } = await mountWithApp(BabiesSection)
    await flushPromises()
    expect(wrapper.findAll('h3')).toHaveLength(0)
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Add a baby')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('h3').map((heading) => heading.text())).toEqual(['Baby A', 'Baby B']))

    const secondName = wrapper.findAll('input[type="text"]')[1]!
    await secondName.setValue('<b>Sam</b>')
    await wrapper.findAll('form')[1]!.trigger('submit')
    await vi.waitFor(() => expect(wrapper.findAll('h3')[1]!.text()).toBe('<b>Sam</b>'))
    expect(wrapper.find('h3 b').exists()).toBe(false)
    expect((await listBabies()).map((baby) => baby.colour)).toEqual(['orange', 'sky'])
  })

  it('asks before removing a twin, then removes it', async () => {
    await twins(null)
    const { wrapper } = await mountWithApp(BabiesSection)
    await vi.waitFor(() => expect(wrapper.findAll('h3')).toHaveLength(2))
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Remove Baby B')!
      .trigger('click')
    expect(wrapper.get('[role="alert"]').text()).toContain('Everything logged for Baby B is deleted too.')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Yes, remove')!
      .trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('h3')).toHaveLength(0))
    expect(await listBabies()).toHaveLength(1)
  })
})
