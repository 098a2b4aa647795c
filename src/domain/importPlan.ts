import type { BackupDocument } from './backup'
import type { JournalEntry } from './journal'
import type { Profile } from './profile'
import type { Settings } from './settings'

export type ImportMode = 'merge' | 'replace'

export interface CurrentData {
  profile: Profile | null
  journal: JournalEntry[]
}

/** What an import will write; carried out in one transaction by the database layer. */
export interface ImportPlan {
  mode: ImportMode
  /** replace: everything on the device is cleared first. */
  clearFirst: boolean
  /** undefined: keep the profile on the device. */
  profile: Profile | null | undefined
  settings: Partial<Settings>
  /**
   * New entries, without ids: the database gives them fresh ones, so they cannot collide and no id
   * from a file decides the next one. On replace they keep the order of their ids in the file.
   */
  add: JournalEntry[]
  /** Existing entries (by id) that the backup holds a newer version of. */
  update: JournalEntry[]
  /** Entries already on the device exactly as in the backup. */
  unchanged: number
}

/** Same content, ignoring the id a device happened to give it. */
function contentKey(entry: JournalEntry): string {
  const { id: _id, ...content } = entry
  return JSON.stringify([
    content.at,
    content.createdAt,
    content.updatedAt,
    content.mood,
    content.feelings,
    content.helped,
    content.sleepHours,
    content.text,
    content.harmThoughts ?? false,
  ])
}

/** The same entry on two devices: it was written at the same instant for the same moment. */
function originKey(entry: JournalEntry): string {
  return `${entry.createdAt}:${entry.at}`
}

function withoutId(entry: JournalEntry): JournalEntry {
  const { id: _id, ...rest } = entry
  return rest
}

/** Entries with ids by id, then those without in file order (ties on `at` are ordered by id). */
function inIdOrder(entries: readonly JournalEntry[]): JournalEntry[] {
  const withIds = entries.filter((entry) => entry.id !== undefined).sort((a, b) => a.id! - b.id!)
  return [...withIds, ...entries.filter((entry) => entry.id === undefined)]
}

/**
 * Replace makes the device look exactly like the backup. Merge keeps everything on the device and
 * adds what is new; where both hold the same entry in different versions, the later edit wins.
 */
export function planImport(
  mode: ImportMode,
  backup: Pick<BackupDocument, 'profile' | 'settings'> & { journal: JournalEntry[] },
  current: CurrentData,
): ImportPlan {
  if (mode === 'replace') {
    return {
      mode,
      clearFirst: true,
      profile: backup.profile,
      settings: backup.settings,
      add: inIdOrder(backup.journal).map(withoutId),
      update: [],
      unchanged: 0,
    }
  }
  const existingContent = new Set(current.journal.map(contentKey))
  const existingByOrigin = new Map(current.journal.map((entry) => [originKey(entry), entry]))
  const plan: ImportPlan = {
    mode,
    clearFirst: false,
    profile: current.profile ? undefined : backup.profile,
    settings: {},
    add: [],
    update: [],
    unchanged: 0,
  }
  for (const entry of backup.journal) {
    if (existingContent.has(contentKey(entry))) {
      plan.unchanged += 1
      continue
    }
    const sameOrigin = existingByOrigin.get(originKey(entry))
    if (!sameOrigin) plan.add.push(withoutId(entry))
    else if (entry.updatedAt > sameOrigin.updatedAt) plan.update.push({ ...withoutId(entry), id: sameOrigin.id })
    else plan.unchanged += 1
    existingContent.add(contentKey(entry))
  }
  return plan
}
