import type { Envelope } from './crypto'
import type { Feeling, JournalEntry, MoodLevel } from './journal'

/**
 * What a locked journal keeps readable: the entry's times and nothing a parent wrote or chose.
 * `at` is what the journal's only index orders by (pages are read straight off it); `createdAt` and
 * `at` are also what each sealed part is bound to (see entryBinding), so they must be known before
 * opening it; `updatedAt` decides which of two copies of an entry is the newer edit when a locked
 * backup is merged, which has to work before anything is opened.
 */
export type VisibleFields = Pick<JournalEntry, 'id' | 'at' | 'createdAt' | 'updatedAt'>

/** Everything else a parent wrote or chose — mood, feelings, the text — travels inside the envelope. */
export type SecretFields = Omit<JournalEntry, keyof VisibleFields>

export interface SealedEntry extends VisibleFields {
  sealed: Envelope
}

/**
 * How entries were sealed before mood and feelings were: both stayed readable beside the envelope,
 * which holds only the rest. Still read everywhere (the database, backups); written nowhere, and
 * sealed again in the new shape as soon as the key is at hand.
 */
export interface OldShapeSealedEntry extends SealedEntry {
  mood: MoodLevel
  feelings: Feeling[]
}

export function isSealedEntry(entry: object): entry is SealedEntry {
  return 'sealed' in entry
}

export function isOldShapeSealedEntry(entry: object): entry is OldShapeSealedEntry {
  return 'sealed' in entry && ('mood' in entry || 'feelings' in entry)
}

export function splitEntry(entry: JournalEntry): { visible: VisibleFields; secret: SecretFields } {
  const { id, at, createdAt, updatedAt, ...secret } = entry
  const visible: VisibleFields = { at, createdAt, updatedAt }
  if (id !== undefined) visible.id = id
  return { visible, secret: { ...secret, feelings: [...secret.feelings], helped: [...secret.helped] } }
}

export function joinEntry(visible: VisibleFields, secret: SecretFields): JournalEntry {
  const { id, at, createdAt, updatedAt } = visible
  const entry: JournalEntry = {
    at,
    ...secret,
    feelings: [...secret.feelings],
    helped: [...secret.helped],
    createdAt,
    updatedAt,
  }
  return id === undefined ? entry : { id, ...entry }
}

/**
 * The secret fields of a sealed row, from what its envelope held: an old-shape row's mood and
 * feelings come from beside the envelope (what the envelope says wins, as only it is authenticated).
 */
export function secretOf(row: SealedEntry, opened: Partial<SecretFields>): SecretFields {
  const beside = isOldShapeSealedEntry(row) ? { mood: row.mood, feelings: row.feelings } : {}
  return { ...beside, ...opened } as SecretFields
}

/**
 * What a sealed part is bound to: its entry's creation and writing times, which never change for an
 * entry and travel with it in a backup (ids do not: an import gives fresh ones).
 */
export function entryBinding(entry: Pick<JournalEntry, 'createdAt' | 'at'>): string {
  return `entry|${entry.createdAt}|${entry.at}`
}
