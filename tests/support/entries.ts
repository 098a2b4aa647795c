import type { EntryContent } from '@/domain/entryValidation'
import type { JournalEntry } from '@/domain/journal'

/** A fixed instant for entries whose time does not matter (1 April 2026, 03:00 UTC): never "now". */
export const ENTRY_AT = Date.UTC(2026, 3, 1, 3)

/** What a parent enters for one journal entry: an "Okay" mood and nothing else, unless changed. */
export function makeContent(changes: Partial<EntryContent> = {}): EntryContent {
  return { at: ENTRY_AT, mood: 3, feelings: [], helped: [], sleepHours: null, text: '', ...changes }
}

/** A stored journal entry, written and last changed at its own time unless `changes` say otherwise. */
export function makeEntry(changes: Partial<JournalEntry> = {}): JournalEntry {
  const at = changes.at ?? ENTRY_AT
  return { ...makeContent(), at, createdAt: at, updatedAt: at, ...changes }
}
