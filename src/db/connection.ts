import type { CocoonDatabase } from './database'

export const DEFAULT_DATABASE_NAME = 'cocoon'

/**
 * What happens to the connection outside any one call: another tab opened a newer schema (or deleted
 * the database), our upgrade waits for another tab to let go, or the browser refused to open it at all.
 */
export type ConnectionEvent = { kind: 'versionChange' } | { kind: 'blocked' } | { kind: 'openFailed'; error: unknown }

let databaseName = DEFAULT_DATABASE_NAME
let opening: Promise<CocoonDatabase> | undefined
const listeners = new Set<(event: ConnectionEvent) => void>()

/** The database calls go to now; what is kept beside it outside IndexedDB (draft buffers) is filed under it. */
export function databaseNameInUse(): string {
  return databaseName
}

function emit(event: ConnectionEvent): void {
  for (const listener of listeners) listener(event)
}

export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The one database, opened on first use. Dexie is loaded here with a dynamic import so that it is
 * not part of the JavaScript needed to paint the first screen. A failed open is forgotten, so the
 * next call tries again (storage may have been switched back on).
 */
export function database(): Promise<CocoonDatabase> {
  if (opening) return opening
  const attempt = import('./database').then(async ({ CocoonDatabase }) => {
    const db = new CocoonDatabase(databaseName)
    db.on('versionchange', () => {
      // Holding on would block the newer version in the other tab; this tab's code is now out of date.
      db.close({ disableAutoOpen: true })
      emit({ kind: 'versionChange' })
      return false
    })
    db.on('blocked', () => emit({ kind: 'blocked' }))
    await db.open()
    // After Dexie, not beside it: two dynamic imports side by side made the browser fetch Dexie twice.
    await (await import('./entryIds')).repairEntryIds(db)
    return db
  })
  opening = attempt
  attempt.catch((error: unknown) => {
    if (opening === attempt) opening = undefined
    emit({ kind: 'openFailed', error })
  })
  return attempt
}

/** Whether the database was ever created in this browser; where the browser cannot tell, yes. */
export async function databaseExists(): Promise<boolean> {
  try {
    return (await indexedDB.databases()).some((info) => info.name === databaseName)
  } catch {
    return true
  }
}

/**
 * The database for reading, or null when it was never created here: a first visit shows its
 * first-run screen without loading Dexie. Once it is open (or opening) nobody asks again.
 */
export async function existingDatabase(): Promise<CocoonDatabase | null> {
  if (!opening && !(await databaseExists())) return null
  return database()
}

/**
 * Whether this browser lets the app keep anything (private modes and disabled storage refuse),
 * asked without loading Dexie or creating Cocoon's database: a throwaway database is opened and
 * deleted. Rejects with the browser's own error.
 */
export function probeStorage(): Promise<void> {
  return new Promise((resolve, reject) => {
    const name = `${databaseName}-probe`
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.open(name)
    } catch (error) {
      reject(error)
      return
    }
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      request.result.close()
      const deletion = indexedDB.deleteDatabase(name)
      deletion.onsuccess = deletion.onerror = deletion.onblocked = () => resolve()
    }
  })
}

/** Drops the current connection so the next call opens a fresh one (after Safari lost its connection). */
export async function reconnect(): Promise<void> {
  const previous = opening
  opening = undefined
  if (previous) (await previous.catch(() => undefined))?.close()
}

const switchListeners = new Set<() => void>()

/** For what is kept per database in memory (the lock's key): told when calls move to another one. */
export function onDatabaseSwitch(listener: () => void): void {
  switchListeners.add(listener)
}

/** Closes the current connection and points later calls at another database (tests, a reset). */
export async function useDatabaseNamed(name: string): Promise<void> {
  databaseName = name
  for (const listener of switchListeners) listener()
  await reconnect()
}
