import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import EntryForm from '@/components/EntryForm.vue'
import { loadDraft, saveDraft } from '@/db/drafts'
import { pageEntries } from '@/db/journal'
import { emptyDraft } from '@/domain/journal'
import { NEW_ENTRY_DRAFT, useJournalStore } from '@/stores/journal'
import { mountWithApp } from './mountWithApp'
import { countRows } from '../fixtures/db/journalEntries'

async function mountForm(props = {}) {
  const mounted = await mountWithApp(EntryForm, { props, attachTo: document.body })
  await flushPromises()
  return mounted
}

describe('EntryForm', { timeout: 20_000 }, () => {
  it('saves with one tap after choosing a mood, and says so only once it is stored', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('input[type="radio"][value="2"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await countRows()).toBe(1))
    await vi.waitFor(() => expect(wrapper.find('.entry-form__saved').text()).toBe('Saved.'))
    const [entry] = (await pageEntries({ limit: 1 })).entries
    expect(entry).toMatchObject({ mood: 2, text: '', feelings: [], helped: [], sleepHours: null })
    expect((wrapper.find('input[type="radio"][value="2"]').element as HTMLInputElement).checked).toBe(false)
    wrapper.unmount()
  })

  it('explains that an empty entry is not saved', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'There is nothing to save yet. Choose how you feel, or write a few words.',
    )
    expect(await countRows()).toBe(0)
    wrapper.unmount()
  })

  it('asks for a mood when only words were written', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('textarea').setValue('so tired')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Please choose how you feel, one of the five faces, to save this entry.',
    )
    expect(wrapper.find('[role="radiogroup"]').attributes('aria-describedby')).toBe(
      wrapper.find('[role="alert"]').attributes('id'),
    )
    wrapper.unmount()
    // The words are kept as a draft; waiting for it keeps that write from landing in the next test's database.
    await vi.waitFor(async () => expect(await loadDraft(NEW_ENTRY_DRAFT)).toMatchObject({ text: 'so tired' }))
  })

  it('keeps what is typed as a draft and brings it back in a new form', async () => {
    const first = await mountForm()
    await first.wrapper.find('input[type="radio"][value="4"]').setValue(true)
    await first.wrapper.find('textarea').setValue('half a thought')
    await vi.waitFor(
      async () => expect(await loadDraft(NEW_ENTRY_DRAFT)).toMatchObject({ mood: 4, text: 'half a thought' }),
      { timeout: 5000 },
    )
    first.wrapper.unmount()

    const second = await mountForm()
    await vi.waitFor(() =>
      expect((second.wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('half a thought'),
    )
    expect((second.wrapper.find('input[type="radio"][value="4"]').element as HTMLInputElement).checked).toBe(true)
    expect(second.wrapper.text()).toContain('We kept what you were writing.')
    second.wrapper.unmount()
  })

  it('clears the draft once the entry is saved', async () => {
    await saveDraft(NEW_ENTRY_DRAFT, { ...emptyDraft(), mood: 3, text: 'from before' })
    const { wrapper } = await mountForm()
    await vi.waitFor(() => expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('from before'))
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await countRows()).toBe(1))
    await vi.waitFor(async () => expect(await loadDraft(NEW_ENTRY_DRAFT)).toBeNull(), { timeout: 5000 })
    wrapper.unmount()
  })

  it('keeps the words on screen when saving fails', async () => {
    const { wrapper } = await mountForm()
    vi.spyOn(useJournalStore(), 'save').mockRejectedValue(new DOMException('full', 'QuotaExceededError'))
    await wrapper.find('input[type="radio"][value="1"]').setValue(true)
    await wrapper.find('textarea').setValue('please keep this')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() =>
      expect(wrapper.find('[role="alert"]').text()).toBe(
        'Your entry could not be saved. Your words are still here; please try again.',
      ),
    )
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('please keep this')
    expect(wrapper.find('.entry-form__saved').text()).toBe('')
    wrapper.unmount()
  })

  it('pre-ticks what helped when asked to', async () => {
    const { wrapper } = await mountForm({ initialHelped: ['skinToSkin', 'walk'] })
    const ticked = wrapper.findAll('input[type="checkbox"]').filter((box) => (box.element as HTMLInputElement).checked)
    expect(ticked.map((box) => box.attributes('value'))).toEqual(['skinToSkin', 'walk'])
    wrapper.unmount()
  })

  it('shows where to get help at once when thoughts of harm are ticked', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('input[type="checkbox"]').setValue(true)
    expect(wrapper.text()).toContain('Please talk to someone today')
    expect(wrapper.find('a[href="tel:112"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('keeps the details open after each save once the parent opened them, for back-dating several entries', async () => {
    const { wrapper } = await mountForm()
    const details = wrapper.get('details.entry-form__more')
    const element = details.element as HTMLDetailsElement
    expect(element.open).toBe(false)
    element.open = true
    await details.trigger('toggle')
    for (const [round, helped] of [
      [1, 'walk'],
      [2, null],
    ] as const) {
      await wrapper.find('input[type="radio"][value="3"]').setValue(true)
      if (helped) await wrapper.get(`input[type="checkbox"][value="${helped}"]`).setValue(true)
      await wrapper.find('form').trigger('submit')
      await flushPromises()
      await vi.waitFor(async () => expect(await countRows()).toBe(round))
      await vi.waitFor(() => expect(wrapper.find('.entry-form__saved').text()).toBe('Saved.'))
      await flushPromises()
      expect(element.open).toBe(true)
    }
    wrapper.unmount()
  })

  it('shows "We kept what you were writing" at the top of the form, before the mood and the details', async () => {
    await saveDraft(NEW_ENTRY_DRAFT, { ...emptyDraft(), mood: 2, text: 'kept from before' })
    const { wrapper } = await mountForm()
    await vi.waitFor(() => expect(wrapper.text()).toContain('We kept what you were writing.'))
    const notice = wrapper
      .findAll('[role="status"]')
      .find((status) => status.text() === 'We kept what you were writing.')!
    const before = (other: Element) =>
      Boolean(notice.element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING)
    expect(before(wrapper.get('[role="radiogroup"]').element)).toBe(true)
    expect(before(wrapper.get('details.entry-form__more').element)).toBe(true)
    expect(before(wrapper.get('textarea').element)).toBe(true)
    wrapper.unmount()
  })
})
