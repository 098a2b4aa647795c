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
  {
    // Drafts keep what is being written across a reload. The mood, *feelings and updatedAt indexes were
    // added for filters and backups that ended up not querying them (a search decodes every entry it
    // matches); they stay because a released version never changes.
    version: 2,
    stores: {
      journal: '++id, at, mood, *feelings, updatedAt',
      drafts: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table('journal')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.feelings ??= []
          row.helped ??= []
          if (row.sleepHours === undefined) row.sleepHours = null
        })
    },
  },
  {
    // The optional app lock: the passcode's key parameters and verifier (never the key) and the idle time.
    version: 3,
    stores: {
      appLock: 'id',
    },
  },
  {
    // Every journal write kept the three indexes nothing queries up to date: dropping them makes a
    // 10,000-entry restore and every save cheaper. Lists, paging and the chart use `at` only.
    version: 4,
    stores: {
      journal: '++id, at',
    },
  },
  {
    // The baby's log, ready for two phones: random string ids, hybrid-logical-clock stamps (packed
    // strings, so `updatedAt` sorts and can be read "since" a stamp) and tombstones. syncState holds
    // this device's random id. Nothing existing changes, so there is nothing to upgrade.
    version: 5,
    stores: {
      babies: 'id',
      logEvents: 'id, at, babyId, updatedAt',
      syncState: 'key',
    },
  },
  {
    // The questions a parent wants to ask at the care visit, shaped like the log's records so they can
    // be shared between two phones (string ids, clock stamps, tombstones).
    version: 6,
    stores: {
      questions: 'id, updatedAt',
    },
  },
  {
    // The growth chart reads every weight ever logged. Without an index on the kind it walked the whole
    // log, and as a live query it walked it again after every nappy: with a year of twins each save
    // waited behind that read. New rows get the index from IndexedDB itself; nothing to upgrade.
    version: 7,
    stores: {
      logEvents: 'id, at, babyId, updatedAt, kind',
    },
  },
  {
    // Two phones of one family: the family's id and key, what each partner phone last sent, the files
    // already applied, and the versions a merge set aside (both phones changed one record). New tables only.
    version: 8,
    stores: {
      family: 'key',
      familyConflicts: 'id',
    },
  },
]

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version
