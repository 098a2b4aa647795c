import type { Feeling, JournalEntry, MoodLevel } from './journal'

export interface JournalFilter {
  text: string
  moods: MoodLevel[]
  feelings: Feeling[]
}

export const noFilter: JournalFilter = { text: '', moods: [], feelings: [] }

export function isFiltering(filter: JournalFilter): boolean {
  return filter.text.trim() !== '' || filter.moods.length > 0 || filter.feelings.length > 0
}

/** Lower case without accents, so "trott" finds "trött" and "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function searchTerms(text: string): string[] {
  return foldForSearch(text).split(/\s+/).filter(Boolean)
}

/**
 * Builds the test once per search: every word must appear in the text (in any order), the mood must
 * be one of those chosen, and every chosen feeling must have been felt.
 */
export function entryMatcher(filter: JournalFilter): (entry: JournalEntry) => boolean {
  const terms = searchTerms(filter.text)
  const moods = new Set(filter.moods)
  return (entry) => {
    if (moods.size > 0 && !moods.has(entry.mood)) return false
    if (!filter.feelings.every((feeling) => entry.feelings.includes(feeling))) return false
    if (terms.length === 0) return true
    const text = foldForSearch(entry.text)
    return terms.every((term) => text.includes(term))
  }
}
