import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { draftWritesSettled } from '@/db/drafts'
import * as questionRepository from '@/db/questions'
import { listQuestions } from '@/db/questions'
import { useStorageStore } from '@/stores/storage'
import QuestionsView from '@/views/QuestionsView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
const T = Date.UTC(2026, 2, 4, 8, 0)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(T)
  // Opened first, as the app does before its pages: live queries follow a database already open.
  await listQuestions()
})
afterEach(() => vi.useRealTimers())

type Wrapper = Awaited<ReturnType<typeof mountWithApp>>['wrapper']
const openTexts = (wrapper: Wrapper) =>
  wrapper.findAll('[aria-labelledby="questions-open-title"] .question-item__text').map((item) => item.text())
const askedTexts = (wrapper: Wrapper) =>
  wrapper.findAll('[aria-labelledby="questions-asked-title"] .question-item__text').map((item) => item.text())
const button = (wrapper: Wrapper, name: string) => wrapper.findAll('button').find((item) => item.text() === name)!

async function add(wrapper: Wrapper, text: string) {
  await wrapper.get('#question-new').setValue(text)
  await wrapper.get('form.question-form').trigger('submit')
}

describe('the questions page', () => {
  it('says an empty question cannot be added, and stores nothing', async () => {
    const { wrapper } = await mountWithApp(QuestionsView)
    await vi.waitFor(() => expect(wrapper.text()).toContain('No questions yet.'))
    await add(wrapper, '   ')
    await flushPromises()
    const alert = wrapper.get('#question-new-error')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toBe('Write your question first, then add it.')
    expect(wrapper.get('#question-new').attributes('aria-invalid')).toBe('true')
    expect(await listQuestions()).toEqual([])
  })

  it('adds a question to the list still to ask and empties the box', async () => {
    const { wrapper } = await mountWithApp(QuestionsView)
    await add(wrapper, '  Is the yellow colour going down?  ')
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['Is the yellow colour going down?']))
    // The box empties and "Question added." shows once the save has answered and the draft is gone,
    // which on a busy machine can be after the list has updated.
    await vi.waitFor(() => {
      expect((wrapper.get('#question-new').element as HTMLTextAreaElement).value).toBe('')
      expect(wrapper.text()).toContain('Question added.')
    })
    expect(wrapper.find('#question-new-error').exists()).toBe(false)
  })

  it('ticks a question off as asked and back', async () => {
    await questionRepository.addQuestion('How much should she drink?', T)
    const { wrapper } = await mountWithApp(QuestionsView)
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['How much should she drink?']))
    await wrapper.get('[aria-labelledby="questions-open-title"] input[type="checkbox"]').setValue(true)
    await vi.waitFor(() => expect(askedTexts(wrapper)).toEqual(['How much should she drink?']))
    expect(openTexts(wrapper)).toEqual([])
    expect((await listQuestions())[0]!.askedAt).toBeGreaterThanOrEqual(T)

    await wrapper.get('[aria-labelledby="questions-asked-title"] input[type="checkbox"]').setValue(false)
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['How much should she drink?']))
    expect((await listQuestions())[0]!.askedAt).toBeNull()
  })

  it('deletes a question and brings it back with undo', async () => {
    await questionRepository.addQuestion('Can I take ibuprofen?', T)
    const { wrapper } = await mountWithApp(QuestionsView, { attachTo: document.body })
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['Can I take ibuprofen?']))
    await button(wrapper, 'Delete').trigger('click')
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual([]))
    expect(wrapper.get('.questions__undo').text()).toContain('Question deleted.')
    await vi.waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Undo'))

    await button(wrapper, 'Undo').trigger('click')
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['Can I take ibuprofen?']))
    expect(wrapper.get('.questions__undo').text()).toBe('')
  })

  it('edits a question in place', async () => {
    await questionRepository.addQuestion('Is this rash normal', T)
    const { wrapper } = await mountWithApp(QuestionsView)
    await vi.waitFor(() => expect(openTexts(wrapper)).toHaveLength(1))
    await button(wrapper, 'Edit').trigger('click')
    const editor = wrapper.get('.question-item textarea')
    expect((editor.element as HTMLTextAreaElement).value).toBe('Is this rash normal')
    await editor.setValue('')
    await wrapper.get('.question-item form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.question-item [role="alert"]').text()).toBe('Write your question first, then add it.')
    await editor.setValue('Is this rash on her cheeks normal?')
    await wrapper.get('.question-item form').trigger('submit')
    await vi.waitFor(() => expect(openTexts(wrapper)).toEqual(['Is this rash on her cheeks normal?']))
  })

  it('keeps the words and shows the storage banner when the device will not save', async () => {
    const diskFull = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
    vi.spyOn(questionRepository, 'addQuestion').mockRejectedValue(diskFull)
    const { wrapper } = await mountWithApp(QuestionsView)
    await add(wrapper, 'Should I wake him for feeds?')
    await vi.waitFor(() =>
      expect(wrapper.get('#question-new-failed').text()).toBe(
        'The question could not be saved. Your words are still in the box.',
      ),
    )
    expect((wrapper.get('#question-new').element as HTMLTextAreaElement).value).toBe('Should I wake him for feeds?')
    expect(useStorageStore().problem).toEqual({ kind: 'quota', unsavedText: 'Should I wake him for feeds?' })
  })

  it('brings back a question typed but not added, after the page was left', async () => {
    const first = await mountWithApp(QuestionsView)
    await first.wrapper.get('#question-new').setValue('Half-written question')
    first.wrapper.unmount()
    await draftWritesSettled()
    const { wrapper } = await mountWithApp(QuestionsView)
    await vi.waitFor(() =>
      expect((wrapper.get('#question-new').element as HTMLTextAreaElement).value).toBe('Half-written question'),
    )
    expect(wrapper.text()).toContain('Your unfinished question is back.')
  })
})
