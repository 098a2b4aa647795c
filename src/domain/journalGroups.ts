import { babyDay } from './time'

export type EntryGroupKind =
  | { kind: 'day'; day: number }
  | { kind: 'beforeBirth' }
  /** No birth time yet: entries are grouped by the local calendar date the caller names. */
  | { kind: 'date'; date: string }

export interface EntryGroup<T> {
  id: string
  group: EntryGroupKind
  entries: T[]
}

/**
 * Groups entries that are already newest first by the baby's age in days ("Day 3"). Entries written
 * before the birth, or while no birth time is known, are still shown, under their own headings.
 */
export function groupByBabyDay<T extends { at: number }>(
  entries: readonly T[],
  birthAt: number | null,
  localDate: (at: number) => string,
): EntryGroup<T>[] {
  const groups: EntryGroup<T>[] = []
  for (const entry of entries) {
    const group = groupOf(entry.at, birthAt, localDate)
    const id = group.kind === 'day' ? `day-${group.day}` : group.kind === 'date' ? `date-${group.date}` : 'before-birth'
    const last = groups[groups.length - 1]
    if (last?.id === id) last.entries.push(entry)
    else groups.push({ id, group, entries: [entry] })
  }
  return groups
}

function groupOf(at: number, birthAt: number | null, localDate: (at: number) => string): EntryGroupKind {
  if (birthAt === null) return { kind: 'date', date: localDate(at) }
  const day = babyDay(at, birthAt)
  return day < 0 ? { kind: 'beforeBirth' } : { kind: 'day', day }
}
