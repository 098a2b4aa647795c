import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LogPage from '@/components/log/LogPage.vue'
import { LOG_PAGE_SIZE } from '@/domain/logWindow'
import { HOUR_MS } from '@/domain/time'
import { addEvent, ensureBaby, eventsSince, listBabies } from '@/db/log'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
const T = Date.UTC(2026, 2, 4, 8, 0)
const COUNT = LOG_PAGE_SIZE + 5

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T)
  await listBabies()
  const baby = await ensureBaby(T)
  // One nappy every three hours going back from now, each with its number as its note: 0 is the newest.
  for (let index = 0; index < COUNT; index++)
    await addEvent(
      baby.id,
      { at: T - index * 3 * HOUR_MS, note: `nappy ${index}`, kind: 'nappy', contents: 'wet', stool: null },
      T,
    )
})
afterEach(() => vi.useRealTimers())

const notes = (wrapper: VueWrapper) => wrapper.findAll('.log-item__note').map((note) => note.text())
const showEarlier = (wrapper: VueWrapper) => wrapper.find('[data-testid="log-show-earlier"]')
const buttonOf = (wrapper: VueWrapper, note: string, name: RegExp) =>
  wrapper
    .findAll('.log-item')
    .find((item) => item.find('.log-item__note').text() === note)!
    .findAll('button')
    .find((button) => name.test(button.text()))!

async function earlierShown() {
  const { wrapper } = await mountWithApp(LogPage)
  await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(LOG_PAGE_SIZE))
  await showEarlier(wrapper).trigger('click')
  await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(COUNT))
  return wrapper
}

describe('the log list, a page at a time', () => {
  it('shows the newest page first, and the rest after "Show earlier"', async () => {
    const { wrapper } = await mountWithApp(LogPage)
    await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(LOG_PAGE_SIZE))
    expect(notes(wrapper)[0]).toBe('nappy 0')
    expect(notes(wrapper).at(-1)).toBe(`nappy ${LOG_PAGE_SIZE - 1}`)
    const button = showEarlier(wrapper)
    expect(button.element.tagName).toBe('BUTTON')
    expect(button.text()).toBe('Show earlier entries')

    await button.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(COUNT))
    expect(notes(wrapper).at(-1)).toBe(`nappy ${COUNT - 1}`)
    // Nothing earlier is left, so the button goes.
    expect(showEarlier(wrapper).exists()).toBe(false)
  })

  it('says "Show earlier" in Swedish and Dutch', async () => {
    for (const [locale, text] of [
      ['sv', 'Visa tidigare'],
      ['nl', 'Eerdere notities tonen'],
    ] as const) {
      const { wrapper } = await mountWithApp(LogPage, {}, locale)
      await vi.waitFor(() => expect(showEarlier(wrapper).exists()).toBe(true))
      expect(showEarlier(wrapper).text()).toBe(text)
      wrapper.unmount()
    }
  })

  it('edits an entry from an earlier page, which stays on view', async () => {
    const wrapper = await earlierShown()
    const oldest = `nappy ${COUNT - 1}`
    await buttonOf(wrapper, oldest, /^Edit/).trigger('click')
    await flushPromises()
    const form = wrapper.get('form.log-form')
    await form.get('textarea').setValue('changed on an earlier page')
    await form.trigger('submit')
    await vi.waitFor(() => expect(notes(wrapper)).toContain('changed on an earlier page'))
    expect(notes(wrapper)).not.toContain(oldest)
    expect(wrapper.findAll('.log-item')).toHaveLength(COUNT)
    const stored = (await eventsSince(0)).find((event) => event.note === 'changed on an earlier page')
    expect(stored?.at).toBe(T - (COUNT - 1) * 3 * HOUR_MS)
  })

  it('deletes an entry from an earlier page and brings it back with undo', async () => {
    const wrapper = await earlierShown()
    const old = `nappy ${COUNT - 2}`
    await buttonOf(wrapper, old, /^Delete/).trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(COUNT - 1))
    expect(notes(wrapper)).not.toContain(old)
    const undo = wrapper.findAll('.log__undo button').find((button) => button.text() === 'Undo')!
    await undo.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.log-item')).toHaveLength(COUNT))
    expect(notes(wrapper).at(-2)).toBe(old)
  })
})
