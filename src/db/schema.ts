import type { Transaction } from 'dexie'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

/**
 * Every schema the app has ever shipped, oldest first. A released entry is never edited:
 * a change is a new entry with an upgrade function, and a migration test with real rows.
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
      settings: 'key',
      journal: '++id, at',
    },
  },
]

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version
