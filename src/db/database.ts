import Dexie, { type EntityTable, type Table } from 'dexie'
import type {
  BabyRow,
  DraftRow,
  FamilyConflictRow,
  FamilyRow,
  JournalRow,
  LockRow,
  LogEventRow,
  ProfileRow,
  SettingRow,
  StoredJournalRow,
  QuestionRow,
  SyncStateRow,
} from './rows'
import { schemaVersions, type SchemaVersion } from './schema'

export class CocoonDatabase extends Dexie {
  profile!: EntityTable<ProfileRow, 'id'>
  settings!: EntityTable<SettingRow, 'key'>
  /** Written without an id (the database gives one), read back with it. */
  journal!: Table<StoredJournalRow, number, JournalRow>
  drafts!: EntityTable<DraftRow, 'key'>
  appLock!: EntityTable<LockRow, 'id'>
  babies!: EntityTable<BabyRow, 'id'>
  logEvents!: EntityTable<LogEventRow, 'id'>
  syncState!: EntityTable<SyncStateRow, 'key'>
  questions!: EntityTable<QuestionRow, 'id'>
  family!: Table<FamilyRow, string>
  familyConflicts!: EntityTable<FamilyConflictRow, 'id'>

  constructor(name: string, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name)
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
  }
}
