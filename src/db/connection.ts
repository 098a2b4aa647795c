import type { CocoonDatabase } from './database'

export const DEFAULT_DATABASE_NAME = 'cocoon'

let databaseName = DEFAULT_DATABASE_NAME
let opening: Promise<CocoonDatabase> | undefined

/**
 * The one database, opened on first use. Dexie is loaded here with a dynamic import so that it is
 * not part of the JavaScript needed to paint the first screen.
 */
export function database(): Promise<CocoonDatabase> {
  opening ??= import('./database').then(async ({ CocoonDatabase }) => {
    const db = new CocoonDatabase(databaseName)
    await db.open()
    return db
  })
  return opening
}

/** Closes the current connection and points later calls at another database (tests, a reset). */
export async function useDatabaseNamed(name: string): Promise<void> {
  const previous = opening
  opening = undefined
  databaseName = name
  if (previous) (await previous.catch(() => undefined))?.close()
}
