import type { Question } from '@/domain/questions'
import { database } from './connection'
import { decodeQuestion, encodeQuestionWith, noteKey, type DecodedQuestion } from './journalCodec'
import { randomId, stamp } from './log'

export type { DecodedQuestion } from './journalCodec'

/** Every live question, oldest first; a sealed text reads as empty (with `textSealed`) until unlocked. */
export async function listQuestions(): Promise<DecodedQuestion[]> {
  const rows = await (await database()).questions.toArray()
  const live = rows.filter((row) => !row.deleted).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
  return Promise.all(live.map(decodeQuestion))
}

/** How many are still to ask, without opening any text: cheap enough for Today. */
export async function countOpenQuestions(): Promise<number> {
  return (await database()).questions.filter((row) => !row.deleted && row.askedAt === null).count()
}

async function write(question: Question): Promise<void> {
  // Sealed while the lock is on; refused while it is locked (noteKey throws), never stored readable.
  const row = await encodeQuestionWith(question, await noteKey(question.text))
  await (await database()).questions.put(row)
}

/** `text` must already be checked (validateQuestionText). */
export async function addQuestion(text: string, now = Date.now(), id = randomId()): Promise<Question> {
  const created = await stamp(now)
  const question: Question = { id, text, askedAt: null, createdAt: created, updatedAt: created, deleted: false }
  await write(question)
  return question
}

export async function editQuestion(id: string, text: string, now = Date.now()): Promise<Question> {
  const stored = await (await database()).questions.get(id)
  if (!stored) throw new Error(`No question ${id}`)
  const { sealedText: _old, ...rest } = stored
  const question: Question = { ...rest, text, updatedAt: await stamp(now) }
  await write(question)
  return question
}

/**
 * Ticks a question off as asked (or back to ask with null). Only the tick and the stamp change, so
 * a sealed text stays sealed and this works without the passcode.
 */
export async function markAsked(id: string, askedAt: number | null, now = Date.now()): Promise<void> {
  const db = await database()
  const stored = await db.questions.get(id)
  if (!stored || stored.deleted) return
  const updatedAt = await stamp(now)
  await db.questions.put({ ...stored, askedAt, updatedAt })
}

/** A delete leaves a tombstone (for the partner's phone); the question comes back for an undo. */
export async function deleteQuestion(id: string, now = Date.now()): Promise<DecodedQuestion | null> {
  const db = await database()
  const stored = await db.questions.get(id)
  if (!stored || stored.deleted) return null
  const question = await decodeQuestion(stored)
  const updatedAt = await stamp(now)
  await db.questions.put({ ...stored, deleted: true, updatedAt })
  return question
}

/** Undo: the tombstone comes back to life, as an edit newer than the delete. */
export async function restoreQuestion(id: string, now = Date.now()): Promise<void> {
  const db = await database()
  const stored = await db.questions.get(id)
  if (!stored) return
  const updatedAt = await stamp(now)
  await db.questions.put({ ...stored, deleted: false, updatedAt })
}
