import type { Envelope } from './crypto'
import type { JournalEntry } from './journal'

/** What a locked journal keeps readable (times, mood, feelings): enough to list, filter and chart it. */
export type VisibleFields = Pick<JournalEntry, 'id' | 'at' | 'mood' | 'feelings' | 'createdAt' | 'updatedAt'>

/** Everything else a parent wrote or chose — the text above all — travels inside the envelope. */
export type SecretFields = Omit<JournalEntry, keyof VisibleFields>

export interface SealedEntry extends VisibleFields {
  sealed: Envelope
}

export function isSealedEntry(entry: object): entry is SealedEntry {
  return 'sealed' in entry
}

export function splitEntry(entry: JournalEntry): { visible: VisibleFields; secret: SecretFields } {
  const { id, at, mood, feelings, createdAt, updatedAt, ...secret } = entry
  const visible: VisibleFields = { at, mood, feelings: [...feelings], createdAt, updatedAt }
  if (id !== undefined) visible.id = id
  return { visible, secret }
}

export function joinEntry(visible: VisibleFields, secret: SecretFields): JournalEntry {
  const { id, ...rest } = visible
  const entry: JournalEntry = { ...rest, feelings: [...visible.feelings], ...secret }
  return id === undefined ? entry : { id, ...entry }
}

/**
 * What a sealed part is bound to: its entry's creation and writing times, which never change for an
 * entry and travel with it in a backup (ids do not: an import gives fresh ones).
 */
export function entryBinding(entry: Pick<JournalEntry, 'createdAt' | 'at'>): string {
  return `entry|${entry.createdAt}|${entry.at}`
}
