import type { Page } from '@playwright/test'

/**
 * The app's IndexedDB read and written with the raw browser API, as anyone holding the device could,
 * without going through Dexie or the app's code. Each call opens the database at its current version,
 * does its work in one transaction and closes it again, so the app is never blocked by a test.
 */
const DATABASE = 'cocoon'

type RawRequest =
  { kind: 'dump' } | { kind: 'get'; store: string; key: IDBValidKey } | { kind: 'put'; store: string; rows: unknown[] }

function run(page: Page, request: RawRequest): Promise<unknown> {
  // Passed as text: Playwright's argument types recurse too deeply through the union.
  return page.evaluate(
    ([name, text]: [string, string]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = JSON.parse(text) as RawRequest
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = request.kind === 'dump' ? [...db.objectStoreNames] : [request.store]
          const tx = db.transaction(names, request.kind === 'put' ? 'readwrite' : 'readonly')
          let result: unknown
          if (request.kind === 'dump') {
            const dump: Record<string, unknown[]> = {}
            for (const store of names) {
              const all = tx.objectStore(store).getAll()
              all.onsuccess = () => (dump[store] = all.result)
            }
            result = dump
          } else if (request.kind === 'get') {
            const row = tx.objectStore(request.store).get(request.key)
            row.onsuccess = () => (result = row.result)
          } else {
            const store = tx.objectStore(request.store)
            for (const row of request.rows) store.put(row)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(result)
          }
          tx.onerror = () => {
            db.close()
            reject(tx.error)
          }
        }
      }),
    [DATABASE, JSON.stringify(request)] as [string, string],
  )
}

/** Every row of every store, as JSON text (so a test can look for a word anywhere in it). */
export async function dumpDatabase(page: Page): Promise<string> {
  return JSON.stringify(await run(page, { kind: 'dump' }))
}

/** One row by its key, or undefined. */
export async function readRow<Row>(page: Page, store: string, key: IDBValidKey): Promise<Row | undefined> {
  return (await run(page, { kind: 'get', store, key })) as Row | undefined
}

/** Writes rows as they are, in one transaction (they must already have the current schema's shape). */
export async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  await run(page, { kind: 'put', store, rows })
}

/** The text of a stored draft (null when there is none). */
export async function storedDraftText(page: Page, key: string): Promise<string | null> {
  const row = await readRow<{ draft?: { text?: string } }>(page, 'drafts', key)
  return row?.draft?.text ?? null
}
