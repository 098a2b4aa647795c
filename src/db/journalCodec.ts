import type { LogEvent } from '@/domain/babyLog'
import { open, seal, type LockKey } from '@/domain/crypto'
import type { EntryDraft, JournalEntry } from '@/domain/journal'
import { entryBinding, isSealedEntry, joinEntry, secretOf, splitEntry, type SecretFields } from '@/domain/sealedEntry'
import { currentLock, heldKey } from './keyring'
import type { Question } from '@/domain/questions'
import type { DraftRow, JournalRow, LogEventRow, QuestionRow } from './rows'

/**
 * The one door between journal entries and the rows stored for them: every read and write of a
 * journal row or draft passes here. With the lock on, everything a parent wrote or chose (mood and
 * feelings too) is sealed in an AES-GCM envelope; only the entry's times stay readable (sealedEntry.ts).
 *
 * These run inside Dexie live queries. A non-Dexie promise (WebCrypto) must be wrapped in
 * Promise.resolve() there, or Dexie stops tracking what the query read (Dexie docs, liveQuery rules).
 */
export class JournalLockedError extends Error {
  constructor() {
    super('The journal is locked')
    this.name = 'JournalLockedError'
  }
}

/** The key to write with: none without a lock; refusing to write at all while locked. */
async function writingKey(): Promise<LockKey | null> {
  const lock = await Promise.resolve(currentLock())
  if (!lock) return null
  const key = heldKey()
  if (!key) throw new JournalLockedError()
  return key
}

export async function encodeEntryWith(entry: JournalEntry, key: LockKey | null): Promise<JournalRow> {
  if (!key) return { ...entry, feelings: [...entry.feelings], helped: [...entry.helped] }
  const { visible, secret } = splitEntry(entry)
  const sealed = await Promise.resolve(seal(key, JSON.stringify(secret), undefined, entryBinding(entry)))
  return { ...visible, sealed }
}

/**
 * A sealed row has nothing to show without the key: decoding one then refuses, like a draft, rather
 * than hand out an entry with made-up parts. The journal's reads leave such rows out (journal.ts).
 */
export async function decodeEntryWith(row: JournalRow, key: LockKey | null): Promise<JournalEntry> {
  if (!isSealedEntry(row)) return { ...row, feelings: [...row.feelings], helped: [...row.helped] }
  if (!key) throw new JournalLockedError()
  const { id, at, createdAt, updatedAt, sealed } = row
  // Entries sealed before binding existed (version 1) are still read; each write seals them bound.
  const opened = JSON.parse(await Promise.resolve(open(key, sealed, entryBinding(row)))) as Partial<SecretFields>
  return joinEntry(
    id === undefined ? { at, createdAt, updatedAt } : { id, at, createdAt, updatedAt },
    secretOf(row, opened),
  )
}

export async function encodeEntry(entry: JournalEntry): Promise<JournalRow> {
  return encodeEntryWith(entry, await writingKey())
}

export async function decodeEntry(row: JournalRow): Promise<JournalEntry> {
  return decodeEntryWith(row, heldKey())
}

export async function encodeDraftWith(
  key: string,
  draft: EntryDraft,
  now: number,
  lockKey: LockKey | null,
): Promise<DraftRow> {
  if (!lockKey) return { key, draft: { ...draft }, updatedAt: now }
  return { key, sealed: await Promise.resolve(seal(lockKey, JSON.stringify(draft))), updatedAt: now }
}

/** A draft has no readable part; while locked it cannot be read at all (and is never shown empty). */
export async function decodeDraftWith(row: DraftRow, lockKey: LockKey | null): Promise<EntryDraft> {
  if (!('sealed' in row)) return { ...row.draft }
  if (!lockKey) throw new JournalLockedError()
  return JSON.parse(await Promise.resolve(open(lockKey, row.sealed))) as EntryDraft
}

export async function encodeDraft(key: string, draft: EntryDraft, now: number): Promise<DraftRow> {
  return encodeDraftWith(key, draft, now, await writingKey())
}

export async function decodeDraft(row: DraftRow): Promise<EntryDraft> {
  return decodeDraftWith(row, heldKey())
}

// ---- Log notes (kept in this file so the log and the lock share one chunk of code).

/**
 * Log notes are sealed like journal text while the app lock is on; everything else in an event
 * (times, kinds, amounts) stays readable so that the quick buttons, timers and counts work behind
 * the lock screen. An empty note is never sealed, so logging a nappy at 3 a.m. never needs the passcode.
 * As in journalCodec.ts, WebCrypto promises are wrapped in Promise.resolve() for Dexie's live queries.
 */
export async function encodeLogEventWith(event: LogEvent, key: LockKey | null): Promise<LogEventRow> {
  const { noteSealed: _sealed, ...plain } = event as DecodedLogEvent
  if (!key || plain.note === '') return structuredClone(plain)
  return { ...structuredClone(plain), note: '', sealedNote: await Promise.resolve(seal(key, plain.note)) }
}

export type DecodedLogEvent = LogEvent & { noteSealed?: true }

/** Without the key a sealed note reads as empty; `noteSealed` then says there is one. */
export async function decodeLogEventWith(row: LogEventRow, key: LockKey | null): Promise<DecodedLogEvent> {
  const { sealedNote, ...event } = structuredClone(row)
  if (!sealedNote) return event
  if (!key) return { ...event, note: '', noteSealed: true }
  return { ...event, note: await Promise.resolve(open(key, sealedNote)) }
}

/** The key to seal a note with: none without a lock; a note cannot be written while locked. */
export async function noteKey(note: string): Promise<LockKey | null> {
  const lock = await Promise.resolve(currentLock())
  if (!lock) return null
  const key = heldKey()
  if (!key && note !== '') throw new JournalLockedError()
  return key
}

export async function decodeLogEvent(row: LogEventRow): Promise<DecodedLogEvent> {
  return decodeLogEventWith(row, heldKey())
}

// ---- Care-visit questions: their text is sealed like a log note while the lock is on.

export type DecodedQuestion = Question & { textSealed?: true }

export async function encodeQuestionWith(question: Question, key: LockKey | null): Promise<QuestionRow> {
  const { textSealed: _sealed, ...plain } = question as DecodedQuestion
  if (!key || plain.text === '') return { ...plain }
  return { ...plain, text: '', sealedText: await Promise.resolve(seal(key, plain.text)) }
}

/** Without the key a sealed text reads as empty; `textSealed` then says there is one. */
export async function decodeQuestionWith(row: QuestionRow, key: LockKey | null): Promise<DecodedQuestion> {
  const { sealedText, ...question } = row
  if (!sealedText) return { ...question }
  if (!key) return { ...question, text: '', textSealed: true }
  return { ...question, text: await Promise.resolve(open(key, sealedText)) }
}

export async function decodeQuestion(row: QuestionRow): Promise<DecodedQuestion> {
  return decodeQuestionWith(row, heldKey())
}
