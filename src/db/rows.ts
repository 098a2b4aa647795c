import type { Baby, LogEvent } from '@/domain/babyLog'
import type { BackupLock } from '@/domain/backup'
import type { Envelope } from '@/domain/crypto'
import type { SeenStamps } from '@/domain/familyMerge'
import type { EntryDraft, JournalEntry } from '@/domain/journal'
import type { Profile } from '@/domain/profile'
import type { Question } from '@/domain/questions'
import type { OldShapeSealedEntry, SealedEntry } from '@/domain/sealedEntry'
import type { SettingKey, Settings } from '@/domain/settings'

/** The one profile lives under a fixed key; a single-row table keeps backups and migrations uniform. */
export const PROFILE_ID = 'current'

export interface ProfileRow extends Profile {
  id: typeof PROFILE_ID
  updatedAt: number
}

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K
  value: Settings[K]
}

/**
 * The stored shape of a journal entry: as written, or sealed while the app lock is on (journalCodec.ts);
 * rows sealed before mood and feelings were keep them beside the envelope until they are sealed again.
 */
export type JournalRow = JournalEntry | SealedEntry | OldShapeSealedEntry

/** A journal row as read back: the database has given it its id. */
export type StoredJournalRow = JournalRow & { id: number }

/** A journal entry as the db layer hands it out: stored, so it always has its id. */
export type StoredEntry = JournalEntry & { id: number }

/** A half-written entry under a key such as "journal:new" or "journal:edit:12"; sealed while the lock is on. */
export type DraftRow = { key: string; updatedAt: number } & ({ draft: EntryDraft } | { sealed: Envelope })

/** The lock as stored: the key's parameters and verifier (never the key), and the idle time. */
export interface LockRow extends BackupLock {
  id: 'current'
  idleMinutes: number
  /**
   * Set once every journal row under this lock is sealed whole, mood and feelings inside; a lock made
   * before then may still have rows that keep them readable, sealed again after the next unlock.
   */
  wholeEntriesSealed?: true
  /** Wrong passcodes in a row, and when the next try is allowed: kept so a reload does not reset them. */
  failedAttempts?: number
  nextAttemptAt?: number
}

export type BabyRow = Baby

/** A log event as stored: while the app lock is on, a note is sealed in `sealedNote` and `note` is empty (logCodec.ts). */
export type LogEventRow = LogEvent & { sealedNote?: Envelope }

/** This device's random id for the log's clock: nothing about the person or the phone. */
export interface SyncStateRow {
  key: 'device'
  deviceId: string
}

/** A care-visit question as stored: while the app lock is on, its text is sealed in `sealedText` and `text` is empty. */
export type QuestionRow = Question & { sealedText?: Envelope }

/** This phone's family: its id and key (base64url), and when it last sent its changes. */
export interface FamilyMembershipRow {
  key: 'membership'
  familyId: string
  secret: string
  joinedAt: number
  lastSentAt: number | null
  /** The clock stamp when it last sent: this phone's edits after it are what is waiting. */
  lastSentStamp: string | null
}

/**
 * The stamp of the birth details' last edit, for the family merge, and the profile row's `updatedAt`
 * it stands for: a later save on this phone (settings, a restore) is an edit to stamp before sending.
 */
export interface BirthStampRow {
  key: 'birthStamp'
  updatedAt: string
  profileSavedAt: number
}

/** When another phone of the family was last heard from. */
export interface FamilyPeerRow {
  key: `peer:${string}`
  deviceId: string
  lastReceivedAt: number
}

/** An exchange already applied: the same file opened twice is taken in once. */
export interface FamilyExchangeRow {
  key: `exchange:${string}`
  appliedAt: number
}

/**
 * Per device, the newest of its edits this phone has seen, held or since overwritten; kept because an
 * overwritten version is no longer in any table, and "had seen it" decides what conflicts.
 */
export interface FamilySeenRow {
  key: 'seen'
  seen: SeenStamps
}

export type FamilyRow = FamilyMembershipRow | BirthStampRow | FamilyPeerRow | FamilyExchangeRow | FamilySeenRow

export type SharedTable = 'babies' | 'logEvents' | 'questions'

/** The version a merge set aside, stored like its table stores it (a note or text sealed while the lock is on). */
export type FamilyConflictRow = { id: string; recordId: string; at: number; keptStamp: string } & (
  | { table: 'babies'; lost: BabyRow }
  | { table: 'logEvents'; lost: LogEventRow }
  | { table: 'questions'; lost: QuestionRow }
)
