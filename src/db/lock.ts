import { deriveKey, makeVerifier, newKdfParams, verifies, type LockKey } from '@/domain/crypto'
import { unlockDelayMs } from '@/domain/passcode'
import { database } from './connection'
import { decodeDraftWith, decodeEntryWith, encodeDraftWith, encodeEntryWith } from './journalCodec'
import { currentLock, heldKey, holdKey, rememberLock } from './keyring'
import { decodeLogEventWith, decodeQuestionWith, encodeLogEventWith, encodeQuestionWith } from './journalCodec'
import type { DraftRow, LockRow, LogEventRow, QuestionRow } from './rows'
import type { JournalRow } from './rows'
import { isOldShapeSealedEntry, isSealedEntry } from '@/domain/sealedEntry'

export const DEFAULT_IDLE_MINUTES = 5

export async function loadLock(): Promise<LockRow | null> {
  return currentLock()
}

export function isUnlocked(): boolean {
  return heldKey() !== null
}

export interface UnlockAttempt {
  right: boolean
  /** When the next try is allowed (0: now). A try before then is refused without deriving anything. */
  retryAt: number
}

/**
 * Checks a passcode against the stored verifier, with a growing wait after wrong tries that is
 * stored with the lock, so closing or reloading the app does not reset it. Holds nothing.
 */
async function attempt(passcode: string, now: number): Promise<{ result: UnlockAttempt; key: LockKey | null }> {
  const lock = await currentLock()
  if (!lock) return { result: { right: true, retryAt: 0 }, key: null }
  const waitUntil = lock.nextAttemptAt ?? 0
  if (now < waitUntil) return { result: { right: false, retryAt: waitUntil }, key: null }
  const key = await deriveKey(passcode, lock)
  const right = await verifies(key, lock.verifier)
  const failedAttempts = right ? 0 : (lock.failedAttempts ?? 0) + 1
  const nextAttemptAt = right ? 0 : now + unlockDelayMs(failedAttempts)
  if (failedAttempts !== (lock.failedAttempts ?? 0) || nextAttemptAt !== (lock.nextAttemptAt ?? 0)) {
    const row: LockRow = { ...lock, failedAttempts, nextAttemptAt }
    await (await database()).appLock.put(row)
    rememberLock(row)
  }
  return { result: { right, retryAt: nextAttemptAt }, key: right ? key : null }
}

/** Derives the key and keeps it only if the passcode proves right against the stored verifier. */
export async function unlock(passcode: string, now = Date.now()): Promise<UnlockAttempt> {
  const { result, key } = await attempt(passcode, now)
  if (key) holdKey(key)
  return result
}

/** The same check and the same wait, for what needs the passcode without opening the journal. */
export async function provePasscode(passcode: string, now = Date.now()): Promise<UnlockAttempt> {
  return (await attempt(passcode, now)).result
}

/** When the next unlock try is allowed (0: now). */
export async function nextAttemptAt(): Promise<number> {
  return (await currentLock())?.nextAttemptAt ?? 0
}

export function lockNow(): void {
  holdKey(null)
}

/**
 * Re-encodes every journal row, draft, log note and care-visit question from one key to another (null: readable) and stores them
 * with the new lock settings in one transaction: a failure anywhere leaves everything as it was.
 * The crypto runs before the transaction, which would otherwise commit while it waits.
 */
async function rekey(from: LockKey | null, to: LockKey | null, lock: LockRow | null): Promise<void> {
  const db = await database()
  const [rows, draftRows, logRows, questionRows] = await db.transaction(
    'r',
    [db.journal, db.drafts, db.logEvents, db.questions],
    () =>
      Promise.all([
        db.journal.toArray(),
        db.drafts.toArray(),
        db.logEvents.filter((row) => row.note !== '' || row.sealedNote !== undefined).toArray(),
        // Tombstones too: an undo brings a question back, and its text must be under the new key.
        db.questions.toArray(),
      ]),
  )
  // Side by side: WebCrypto works on many entries in parallel (turning the lock on with a year of them).
  const journal: JournalRow[] = await Promise.all(
    rows.map(async (row) => encodeEntryWith(await decodeEntryWith(row, from), to)),
  )
  const rekeyedDrafts: DraftRow[] = []
  for (const row of draftRows)
    rekeyedDrafts.push(await encodeDraftWith(row.key, await decodeDraftWith(row, from), row.updatedAt, to))
  // Only log events with a note change: the rest never carry anything sealed.
  const logEvents: LogEventRow[] = []
  for (const row of logRows) logEvents.push(await encodeLogEventWith(await decodeLogEventWith(row, from), to))
  const questions: QuestionRow[] = []
  for (const row of questionRows) questions.push(await encodeQuestionWith(await decodeQuestionWith(row, from), to))
  await db.transaction('rw', [db.journal, db.drafts, db.appLock, db.logEvents, db.questions], async () => {
    // Entries written meanwhile (another tab) would otherwise be left under the old key.
    if ((await db.journal.count()) !== journal.length)
      throw new Error('The journal changed while it was being re-encrypted')
    await db.journal.bulkPut(journal)
    await db.drafts.bulkPut(rekeyedDrafts)
    await db.logEvents.bulkPut(logEvents)
    await db.questions.bulkPut(questions)
    if (lock) await db.appLock.put(lock)
    else await db.appLock.delete('current')
  })
  rememberLock(lock)
  holdKey(to)
}

/** Every row is re-encoded under a new lock, so all of them are sealed whole. */
async function newLock(passcode: string, idleMinutes: number): Promise<{ key: LockKey; row: LockRow }> {
  const key = await deriveKey(passcode, newKdfParams())
  const verifier = await makeVerifier(key)
  return { key, row: { id: 'current', ...key.params, verifier, idleMinutes, wholeEntriesSealed: true } }
}

export async function enableLock(passcode: string, idleMinutes = DEFAULT_IDLE_MINUTES): Promise<void> {
  if (await currentLock()) throw new Error('The lock is already on')
  const { key, row } = await newLock(passcode, idleMinutes)
  await rekey(null, key, row)
}

/**
 * A new passcode gets a new salt too, so nothing derived from the old one still opens anything.
 * The current passcode is checked like an unlock, with the same stored wait after wrong tries:
 * an unlocked phone left on a table must not let anyone guess their way to the passcode.
 */
export async function changePasscode(current: string, next: string, now = Date.now()): Promise<UnlockAttempt> {
  const { result, key } = await attempt(current, now)
  const lock = await currentLock()
  if (!key || !lock) return result
  const { key: nextKey, row } = await newLock(next, lock.idleMinutes)
  await rekey(key, nextKey, row)
  return result
}

/** Turning the lock off needs the passcode, checked with the same wait as an unlock. */
export async function disableLock(current: string, now = Date.now()): Promise<UnlockAttempt> {
  const { result, key } = await attempt(current, now)
  if (key) await rekey(key, null, null)
  return result
}

/**
 * Seals again, whole, the rows a lock made before mood and feelings were sealed left with both
 * readable beside the envelope. Needs the key, so it runs once unlocked (the lock store starts it
 * a little after an unlock, so as not to slow the journal's first screen); all rows are written in
 * one transaction together with the lock's note that it is done, so it happens once. A row written
 * meanwhile (sealed whole by that write) is left as it is, and nothing is written if the lock was
 * changed or removed meanwhile: that re-encoded every row already. Hands back how many it sealed.
 */
export async function resealOldShapeEntries(): Promise<number> {
  const lock = await currentLock()
  const key = heldKey()
  if (!lock || !key || lock.wholeEntriesSealed) return 0
  const db = await database()
  const rows = await db.journal.filter(isOldShapeSealedEntry).toArray()
  const resealed = await Promise.all(
    rows.map(async (row) => ({ ...(await encodeEntryWith(await decodeEntryWith(row, key), key)), id: row.id })),
  )
  const result = await db.transaction('rw', db.journal, db.appLock, async () => {
    const current = await db.appLock.get('current')
    if (!current || current.salt !== key.params.salt || current.iter !== key.params.iter) return null
    const now = await db.journal.bulkGet(rows.map((row) => row.id))
    const untouched = resealed.filter((_, index) => sameSealedPart(now[index], rows[index]!))
    await db.journal.bulkPut(untouched)
    const done: LockRow = { ...current, wholeEntriesSealed: true }
    await db.appLock.put(done)
    return { done, count: untouched.length }
  })
  if (!result) return 0
  rememberLock(result.done)
  return result.count
}

function sameSealedPart(row: JournalRow | undefined, before: JournalRow): boolean {
  return row !== undefined && isSealedEntry(row) && isSealedEntry(before) && row.sealed.ct === before.sealed.ct
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const lock = await currentLock()
  if (!lock) return
  const row = { ...lock, idleMinutes }
  await (await database()).appLock.put(row)
  rememberLock(row)
}
