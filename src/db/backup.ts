import {
  buildBackup,
  serializeBackup,
  summarize,
  type BackupDocument,
  type BackupEntry,
  type BackupSummary,
} from '@/domain/backup'
import { backedUpSettings, checkEntry } from '@/domain/backupValidation'
import type { LockKey } from '@/domain/crypto'
import type { JournalEntry } from '@/domain/journal'
import { planImport, type CurrentData, type ImportMode } from '@/domain/importPlan'
import type { Profile } from '@/domain/profile'
import { isOldShapeSealedEntry, isSealedEntry } from '@/domain/sealedEntry'
import type { Settings } from '@/domain/settings'
import { mergeIncoming, type SharedRecord } from '@/domain/familyMerge'
import { database } from './connection'
import {
  decodeDraftWith,
  decodeEntryWith,
  decodeLogEventWith,
  decodeQuestionWith,
  encodeDraftWith,
  encodeEntryWith,
  encodeLogEventWith,
  encodeQuestionWith,
  JournalLockedError,
} from './journalCodec'
import { currentLock, heldKey, holdKey, rememberLock } from './keyring'
import { nextEntryId } from './entryIds'
import { DEFAULT_IDLE_MINUTES } from './lock'
import {
  PROFILE_ID,
  type DraftRow,
  type JournalRow,
  type LockRow,
  type LogEventRow,
  type ProfileRow,
  type QuestionRow,
  type SettingRow,
} from './rows'

export type Progress = (done: number, total: number) => void

const CHUNK = 1_000

export interface ExportedBackup {
  text: string
  summary: BackupSummary
}

/**
 * Only the fields a backup knows, whatever else a row may carry. A sealed row travels as stored: its
 * times and the envelope (and, for a row sealed before mood and feelings were and not yet sealed
 * again, those two beside it: they are nowhere else).
 */
function backupEntry(row: JournalRow): BackupEntry {
  const id = row.id === undefined ? {} : { id: row.id }
  const times = { at: row.at, createdAt: row.createdAt, updatedAt: row.updatedAt }
  if (isOldShapeSealedEntry(row))
    return { ...id, ...times, mood: row.mood, feelings: [...row.feelings], sealed: row.sealed }
  if (isSealedEntry(row)) return { ...id, ...times, sealed: row.sealed }
  const entry: JournalEntry = {
    ...id,
    at: row.at,
    mood: row.mood,
    feelings: [...row.feelings],
    helped: [...row.helped],
    sleepHours: row.sleepHours,
    text: row.text,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
  if (row.harmThoughts !== undefined) entry.harmThoughts = row.harmThoughts
  return entry
}

function profileOf(row: ProfileRow | undefined): Profile | null {
  if (!row) return null
  const { birthAt, dueDate, country, birthMode, epidural, oxytocinDrip, feeding, neonatalCare } = row
  const profile: Profile = { birthAt, dueDate, country, birthMode, epidural, oxytocinDrip, feeding }
  // Written only when answered: a file from before the question and a "no" read back the same.
  if (neonatalCare !== undefined) profile.neonatalCare = neonatalCare
  return profile
}

/**
 * Everything in one consistent read. A locked journal is written out still sealed, with the key's
 * parameters and verifier: the file is as unreadable as the database without the passcode.
 */
export async function exportBackup(onProgress: Progress = () => undefined, now = Date.now()): Promise<ExportedBackup> {
  const db = await database()
  const lock = await currentLock()
  const tables = [db.profile, db.settings, db.journal, db.babies, db.logEvents, db.questions]
  const backup = await db.transaction('r', tables, async () => {
    const total = await db.journal.count()
    onProgress(0, total)
    const journal: BackupEntry[] = []
    let last = 0
    for (;;) {
      const rows = await db.journal.where(':id').above(last).limit(CHUNK).toArray()
      for (const row of rows) journal.push(backupEntry(row))
      onProgress(journal.length, total)
      if (rows.length < CHUNK) break
      last = rows[rows.length - 1]!.id
    }
    const settings: Record<string, unknown> = {}
    for (const row of await db.settings.toArray()) if (backedUpSettings.includes(row.key)) settings[row.key] = row.value
    return buildBackup(
      {
        profile: profileOf(await db.profile.get(PROFILE_ID)),
        settings: settings as Partial<Settings>,
        lock: lock && { kdf: lock.kdf, iter: lock.iter, salt: lock.salt, verifier: lock.verifier },
        journal,
        // Tombstones travel too (a restored phone must not bring a deleted event back); sealed notes stay sealed.
        babies: await db.babies.toArray(),
        logEvents: await db.logEvents.toArray(),
        questions: await db.questions.toArray(),
      },
      now,
    )
  })
  return { text: serializeBackup(backup), summary: summarize(backup) }
}

export interface ImportResult {
  mode: ImportMode
  added: number
  updated: number
  unchanged: number
}

/** A sealed part that opens with the proven passcode but holds nothing valid: damaged or moved. */
export class BackupContentError extends Error {
  constructor(readonly entry: number) {
    super(`Record ${entry} of the backup does not hold valid content`)
    this.name = 'BackupContentError'
  }
}

/** A locked backup's entries, opened with the key proven for it (and checked like any other input). */
async function readableEntries(
  backup: BackupDocument,
  backupKey: LockKey | null,
  now: number,
): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = []
  for (const [index, entry] of backup.journal.entries()) {
    if (!isSealedEntry(entry)) {
      entries.push(entry)
      continue
    }
    if (!backupKey) throw new JournalLockedError()
    let opened: JournalEntry
    try {
      opened = await decodeEntryWith(entry, backupKey)
    } catch {
      // The passcode was proven on the lock's verifier, so a part that will not open (or is not
      // JSON) was damaged or moved: the same "cannot be read" as any other broken content.
      throw new BackupContentError(index + 1)
    }
    const checked = checkEntry(opened, now)
    if (!checked.ok) throw new BackupContentError(index + 1)
    entries.push(checked.entry)
  }
  return entries
}

/**
 * The log's notes travel sealed under the backup's passcode; on this device they must be readable
 * with this device's key (another lock, or none) and sealed if this device is locked.
 */
async function resealedLogEvents(
  events: readonly LogEventRow[],
  backupKey: LockKey | null,
  targetKey: LockKey | null,
): Promise<LogEventRow[]> {
  if (events.some((event) => event.sealedNote) && !backupKey) throw new JournalLockedError()
  return Promise.all(
    events.map(async (event, index) => {
      let opened
      try {
        opened = await decodeLogEventWith(event, backupKey)
      } catch {
        throw new BackupContentError(index + 1)
      }
      return encodeLogEventWith(opened, targetKey)
    }),
  )
}

/** Taking over a backup's lock seals the notes this device's log already held in the open. */
async function resealOwnLogNotes(key: LockKey | null): Promise<LogEventRow[]> {
  const readable = await (await database()).logEvents.filter((row) => row.note !== '').toArray()
  return Promise.all(readable.map((row) => encodeLogEventWith(row, key)))
}

/** Care-visit questions travel like log notes: sealed under the backup's passcode, stored under this device's. */
async function resealedQuestions(
  questions: readonly QuestionRow[],
  backupKey: LockKey | null,
  targetKey: LockKey | null,
): Promise<QuestionRow[]> {
  if (questions.some((question) => question.sealedText) && !backupKey) throw new JournalLockedError()
  return Promise.all(
    questions.map(async (question, index) => {
      let opened
      try {
        opened = await decodeQuestionWith(question, backupKey)
      } catch {
        throw new BackupContentError(index + 1)
      }
      return encodeQuestionWith(opened, targetKey)
    }),
  )
}

async function resealOwnQuestions(key: LockKey | null): Promise<QuestionRow[]> {
  const readable = await (await database()).questions.filter((row) => row.text !== '').toArray()
  return Promise.all(readable.map((row) => encodeQuestionWith(row, key)))
}

async function currentData(): Promise<CurrentData> {
  const db = await database()
  const [profileRow, rows] = await db.transaction('r', db.profile, db.journal, () =>
    Promise.all([db.profile.get(PROFILE_ID), db.journal.toArray()]),
  )
  return {
    profile: profileOf(profileRow),
    journal: await Promise.all(rows.map((row) => decodeEntryWith(row, heldKey()))),
  }
}

async function resealDrafts(key: LockKey | null): Promise<DraftRow[]> {
  const rows = await (await database()).drafts.toArray()
  return Promise.all(
    rows.map(async (row) => encodeDraftWith(row.key, await decodeDraftWith(row, null), row.updatedAt, key)),
  )
}

/** All at once: sealing many entries waits on WebCrypto, which works on them side by side. */
async function encodeAll(entries: JournalEntry[], key: LockKey | null, onProgress: Progress): Promise<JournalRow[]> {
  let done = 0
  onProgress(0, entries.length)
  const rows = await Promise.all(
    entries.map(async (entry) => {
      const row = await encodeEntryWith(entry, key)
      done += 1
      if (done % CHUNK === 0) onProgress(done, entries.length)
      return row
    }),
  )
  onProgress(rows.length, entries.length)
  return rows
}

/**
 * Restores a checked backup. Everything that can fail slowly (decrypting, encrypting) happens first;
 * then every table is written in ONE transaction, so a failure leaves the database exactly as it was.
 * A device without a lock takes over the lock of a locked backup (its passcode was just proven).
 */
export async function importBackup(
  backup: BackupDocument,
  mode: ImportMode,
  options: { backupKey?: LockKey | null; onProgress?: Progress; now?: number } = {},
): Promise<ImportResult> {
  const { backupKey = null, onProgress = () => undefined, now = Date.now() } = options
  const db = await database()
  const deviceLock = await currentLock()
  if (deviceLock && !heldKey()) throw new JournalLockedError()
  // Every row is written anew below under the adopted lock, sealed whole.
  const adopted: LockRow | null =
    !deviceLock && backup.lock && backupKey
      ? { id: 'current', ...backup.lock, idleMinutes: DEFAULT_IDLE_MINUTES, wholeEntriesSealed: true }
      : null
  const targetKey = deviceLock ? heldKey() : adopted ? backupKey : null

  const incoming = await readableEntries(backup, backupKey, now)
  // Replacing needs nothing of what is on the device: it is all cleared in the write below.
  const current = mode === 'merge' ? await currentData() : { profile: null, journal: [] }
  const plan = planImport(mode, { profile: backup.profile, settings: backup.settings, journal: incoming }, current)
  // Taking over a backup's lock seals what the device already had too: its entries (minus those the
  // backup updates, which must not be written back over) and its drafts.
  const updatedIds = new Set(plan.update.map((entry) => entry.id))
  const resealed = adopted && !plan.clearFirst ? current.journal.filter((entry) => !updatedIds.has(entry.id)) : []
  // Fresh ids, decided before sealing (each sealed part is bound to its id) and checked again below.
  const firstId = plan.clearFirst ? 1 : await db.transaction('r', db.journal, () => nextEntryId(db))
  const added = plan.add.map((entry, index) => ({ ...entry, id: firstId + index }))
  const rows = await encodeAll([...resealed, ...added, ...plan.update], targetKey, onProgress)
  const draftRows = adopted && !plan.clearFirst ? await resealDrafts(targetKey) : []
  const logRows = await resealedLogEvents(backup.logEvents, backupKey, targetKey)
  const ownLogRows = adopted && !plan.clearFirst ? await resealOwnLogNotes(targetKey) : []
  const questionRows = await resealedQuestions(backup.questions, backupKey, targetKey)
  const ownQuestionRows = adopted && !plan.clearFirst ? await resealOwnQuestions(targetKey) : []

  const { drafts, appLock, babies, logEvents, questions } = db
  const logTables = [babies, logEvents, questions]
  await db.transaction('rw', [db.profile, db.settings, db.journal, drafts, appLock, ...logTables], async () => {
    if (!plan.clearFirst && (await nextEntryId(db)) !== firstId)
      throw new Error('The journal changed while the backup was being prepared')
    if (plan.clearFirst) {
      await Promise.all([
        db.journal.clear(),
        drafts.clear(),
        db.profile.clear(),
        db.settings.bulkDelete(backedUpSettings),
        ...logTables.map((table) => table.clear()),
      ])
    }
    await babies.bulkPut(newerOf(backup.babies, await babies.bulkGet(backup.babies.map(idOf))))
    await logEvents.bulkPut(ownLogRows)
    await logEvents.bulkPut(newerOf(logRows, await logEvents.bulkGet(logRows.map(idOf))))
    await questions.bulkPut(ownQuestionRows)
    await questions.bulkPut(newerOf(questionRows, await questions.bulkGet(questionRows.map(idOf))))
    if (plan.profile === null) await db.profile.delete(PROFILE_ID)
    else if (plan.profile) await db.profile.put({ ...plan.profile, id: PROFILE_ID, updatedAt: now })
    const settings = Object.entries(plan.settings).map(([key, value]) => ({ key, value }) as SettingRow)
    await db.settings.bulkPut(settings)
    await db.journal.bulkPut(rows)
    await drafts.bulkPut(draftRows)
    if (adopted) await appLock.put(adopted)
  })
  if (adopted) {
    rememberLock(adopted)
    holdKey(backupKey)
  }
  return { mode, added: plan.add.length, updated: plan.update.length, unchanged: plan.unchanged }
}

const idOf = (item: { id: string }) => item.id

/**
 * Per id, the record with the later stamp wins, by the rule two phones will merge by (on a replace the
 * table is empty, so all of them do). A backup is not a phone that edited alongside: no conflicts.
 */
function newerOf<T extends SharedRecord>(incoming: readonly T[], current: (T | undefined)[]): T[] {
  const held = new Map(current.filter((row): row is T => row !== undefined).map((row) => [row.id, row]))
  return mergeIncoming(held, incoming, new Set()).writes
}

export interface ErasureSummary {
  entries: number
  drafts: number
  /** Care-visit questions not deleted. */
  questions: number
  hasProfile: boolean
  locked: boolean
}

/** What "Delete everything" would remove, counted in one read. */
export async function erasureSummary(): Promise<ErasureSummary> {
  const db = await database()
  return db.transaction('r', [db.journal, db.drafts, db.profile, db.appLock, db.questions], async () => ({
    entries: await db.journal.count(),
    drafts: await db.drafts.count(),
    questions: await db.questions.filter((row) => !row.deleted).count(),
    hasProfile: (await db.profile.count()) > 0,
    locked: (await db.appLock.count()) > 0,
  }))
}

/** Clears every table in one transaction and forgets the lock's key. */
export async function eraseEverything(): Promise<void> {
  const db = await database()
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())))
  rememberLock(null)
  holdKey(null)
}
