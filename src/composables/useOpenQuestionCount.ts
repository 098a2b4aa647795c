import { countOpenQuestions } from '@/db/questions'
import { useLiveQuery } from './useLiveQuery'

/** How many care-visit questions are still to ask, live; no text is read, so it stays cheap on Today. */
export function useOpenQuestionCount() {
  const { data, ready } = useLiveQuery(countOpenQuestions, { initial: 0 })
  return { count: data, ready }
}
