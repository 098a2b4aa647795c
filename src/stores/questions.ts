import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { validateQuestionText, type QuestionError } from '@/domain/questions'
import { isStorageError } from '@/db/errors'
import {
  addQuestion,
  deleteQuestion,
  editQuestion,
  listQuestions,
  markAsked,
  restoreQuestion,
  type DecodedQuestion,
} from '@/db/questions'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useStorageStore } from './storage'

export type QuestionSave = { ok: true } | { ok: false; error: QuestionError }

/** The "questions I want to ask" list: still to ask first, then those ticked off as asked. */
export const useQuestionsStore = defineStore('questions', () => {
  const storage = useStorageStore()
  const query = useLiveQuery(listQuestions, { initial: [] as DecodedQuestion[] })
  watch(query.error, (error) => {
    if (error !== null && isStorageError(error)) storage.report(error)
  })

  const ready = query.ready
  const readFailed = computed(() => query.error.value !== null)
  const open = computed(() => query.data.value.filter((question) => question.askedAt === null))
  const asked = computed(() =>
    query.data.value.filter((question) => question.askedAt !== null).sort((a, b) => a.askedAt! - b.askedAt!),
  )
  const lastDeleted = shallowRef<DecodedQuestion | null>(null)
  const saving = ref(false)

  /** A failed write shows the storage banner with the words typed, and still throws: the form keeps them. */
  async function write<T>(action: () => Promise<T>, unsavedText: string | null = null): Promise<T> {
    saving.value = true
    try {
      return await storage.guard(action, unsavedText)
    } finally {
      saving.value = false
    }
  }

  async function add(input: string): Promise<QuestionSave> {
    const checked = validateQuestionText(input)
    if (!checked.ok) return checked
    await write(() => addQuestion(checked.text), input)
    return { ok: true }
  }

  async function edit(id: string, input: string): Promise<QuestionSave> {
    const checked = validateQuestionText(input)
    if (!checked.ok) return checked
    await write(() => editQuestion(id, checked.text), input)
    return { ok: true }
  }

  async function setAsked(id: string, asked: boolean): Promise<void> {
    const instant = Date.now()
    await write(() => markAsked(id, asked ? instant : null, instant))
  }

  async function remove(id: string): Promise<void> {
    lastDeleted.value = await write(() => deleteQuestion(id))
  }

  async function undoDelete(): Promise<void> {
    const deleted = lastDeleted.value
    if (!deleted) return
    await write(() => restoreQuestion(deleted.id))
    lastDeleted.value = null
  }

  function forgetDeleted(): void {
    lastDeleted.value = null
  }

  return { ready, readFailed, open, asked, lastDeleted, saving, add, edit, setAsked, remove, undoDelete, forgetDeleted }
})
