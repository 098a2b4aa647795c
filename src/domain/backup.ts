import type { Baby, LogEvent } from './babyLog'
import type { Envelope, KdfParams } from './crypto'
import { DAY_MS, localDateOf } from './time'
import type { JournalEntry } from './journal'
import type { Profile } from './profile'
import type { Question } from './questions'
import type { OldShapeSealedEntry, SealedEntry } from './sealedEntry'
import type { Settings } from './settings'

export const BACKUP_FORMAT = 'cocoon-backup'
/**
 * 1: the first release (entries with mood and text only). 2: feelings, what helped, sleep, the lock.
 * 3: the baby's log (babies, events, care-visit questions).
 */
export const BACKUP_VERSION = 3
export const OLDEST_BACKUP_VERSION = 1

/** Generous for years of daily entries, small enough that a hostile file cannot exhaust a phone. */
export const backupLimits = {
  fileBytes: 20 * 1024 * 1024,
  entries: 50_000,
  /** Years of a dozen events a day, for up to a few babies. */
  logEvents: 200_000,
  babies: 20,
  questions: 5_000,
  idLength: 64,
  depth: 10,
  /** How far past the device clock a date may lie before it is treated as broken (clock skew, zones). */
  futureSlackMs: DAY_MS,
  /** Dates before this are not from Cocoon. */
  earliest: Date.UTC(2000, 0, 1),
} as const

/** The passcode's key parameters and its verifier travel with a locked journal; never the key. */
export interface BackupLock extends KdfParams {
  verifier: Envelope
}

/** An entry as written, or sealed (in either shape the app has sealed entries in: see sealedEntry.ts). */
export type BackupEntry = JournalEntry | SealedEntry | OldShapeSealedEntry

/** Like a journal entry, a log event's note and a question's text stay sealed while the lock is on. */
export type BackupLogEvent = LogEvent & { sealedNote?: Envelope }
export type BackupQuestion = Question & { sealedText?: Envelope }

export interface BackupDocument {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  exportedAt: number
  profile: Profile | null
  settings: Partial<Settings>
  lock: BackupLock | null
  journal: BackupEntry[]
  babies: Baby[]
  logEvents: BackupLogEvent[]
  questions: BackupQuestion[]
}

export interface BackupSummary {
  version: number
  exportedAt: number
  entries: number
  /** Log events still in the log: tombstones travel too but are not counted. */
  logEvents: number
  firstAt: number | null
  lastAt: number | null
  locked: boolean
  hasProfile: boolean
}

type LogParts = 'babies' | 'logEvents' | 'questions'

/** The log's lists default to empty: a device that has never logged exports none. */
export function buildBackup(
  parts: Omit<BackupDocument, 'format' | 'version' | 'exportedAt' | LogParts> & Partial<Pick<BackupDocument, LogParts>>,
  now: number,
): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    babies: [],
    logEvents: [],
    questions: [],
    ...parts,
  }
}

/** Compact JSON: a year of daily entries stays small enough to share. */
export function serializeBackup(backup: BackupDocument): string {
  return JSON.stringify(backup)
}

export function summarize(backup: BackupDocument, version: number = backup.version): BackupSummary {
  let firstAt: number | null = null
  let lastAt: number | null = null
  for (const { at } of backup.journal) {
    if (firstAt === null || at < firstAt) firstAt = at
    if (lastAt === null || at > lastAt) lastAt = at
  }
  return {
    version,
    exportedAt: backup.exportedAt,
    entries: backup.journal.length,
    logEvents: backup.logEvents.filter((event) => !event.deleted).length,
    firstAt,
    lastAt,
    locked: backup.lock !== null,
    hasProfile: backup.profile !== null,
  }
}

/** e.g. cocoon-backup-2026-04-02.json, in the device's calendar. */
export function backupFileName(now: Date): string {
  return `cocoon-backup-${localDateOf(now)}.json`
}

export const BACKUP_REMINDER_DAYS = 14

export type BackupReminder = 'none' | 'never' | 'old'

/** A gentle nudge: only once there is something to lose, and only when the last copy is two weeks old. */
export function backupReminder(lastBackupAt: number | null, hasData: boolean, now: number): BackupReminder {
  if (!hasData) return 'none'
  if (lastBackupAt === null) return 'never'
  return now - lastBackupAt > BACKUP_REMINDER_DAYS * DAY_MS ? 'old' : 'none'
}
