import type { JournalEntry } from '@/domain/journal'
import type { Profile } from '@/domain/profile'
import type { SealedEntry } from '@/domain/sealedEntry'
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

/** The stored shape of a journal entry: as written, or sealed while the app lock is on (journalCodec.ts). */
export type JournalRow = JournalEntry | SealedEntry
