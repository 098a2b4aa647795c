/**
 * "Questions I want to ask": a list the parent fills in over the days and ticks off after the care
 * visit. Shaped like the log's records (random id, hybrid-logical-clock stamps, a tombstone) so the
 * two-phone sync can share it.
 */
export interface Question {
  id: string
  text: string
  /** When it was ticked off as asked; null while it is still to ask. */
  askedAt: number | null
  createdAt: string
  updatedAt: string
  deleted: boolean
}

export const QUESTION_MAX_LENGTH = 300

export type QuestionError = 'empty' | 'tooLong'

/** The text to keep, or why not; error codes are locale keys under `questions.errors`. */
export function validateQuestionText(text: string): { ok: true; text: string } | { ok: false; error: QuestionError } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, error: 'empty' }
  if (trimmed.length > QUESTION_MAX_LENGTH) return { ok: false, error: 'tooLong' }
  return { ok: true, text: trimmed }
}
