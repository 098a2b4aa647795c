import type { LogEvent } from '@/domain/babyLog'
import { open, seal, type LockKey } from '@/domain/crypto'
import { JournalLockedError } from './journalCodec'
import { currentLock, heldKey } from './keyring'
import type { LogEventRow } from './rows'

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
