import 'fake-indexeddb/auto'
import { afterEach, beforeEach, vi } from 'vitest'
import { DEFAULT_DATABASE_NAME, useDatabaseNamed } from '@/db/connection'
import { draftWritesSettled } from '@/db/drafts'

/**
 * Waiting on a condition, never on time, with room for a busy machine: two cores shared with a build
 * and a browser can stall a test for seconds. These defaults only matter when a test is about to fail;
 * a passing condition returns as soon as it holds.
 */
export const WAIT_TIMEOUT_MS = 10_000
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000, expect: { poll: { timeout: WAIT_TIMEOUT_MS } } })
// vi.waitFor's own default (1 s) cannot be configured: give every call the same room unless it asks for more.
const waitFor = vi.waitFor
vi.waitFor = ((callback, options) =>
  waitFor(
    callback,
    typeof options === 'number'
      ? { timeout: Math.max(options, WAIT_TIMEOUT_MS) }
      : { ...options, timeout: Math.max(options?.timeout ?? 0, WAIT_TIMEOUT_MS) },
  )) as typeof vi.waitFor

/*
 * Work a test started without waiting for it (a draft kept on unmount, "last opened" remembered) must
 * end in that test's database. Switched away under it, it fails, is retried as a lost connection and
 * lands in the next test's database, closing that test's connection on the way. So every transaction
 * is counted, and a test ends only once none has been running for a few turns of the event loop.
 */
let runningTransactions = 0
const transaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
  const started = transaction.apply(this, args)
  runningTransactions += 1
  const ended = () => (runningTransactions -= 1)
  started.addEventListener('complete', ended)
  started.addEventListener('abort', ended)
  return started
}

const QUIET_TURNS = 3

async function databaseQuiet(): Promise<void> {
  for (let quiet = 0; quiet < QUIET_TURNS;) {
    await draftWritesSettled()
    await new Promise((resolve) => setTimeout(resolve, 0))
    quiet = runningTransactions === 0 ? quiet + 1 : 0
  }
}

let counter = 0

// A fresh database per test, deleted afterwards, so no test sees another's rows.
beforeEach(async () => {
  counter += 1
  await useDatabaseNamed(`cocoon-test-${process.pid}-${counter}`)
})

afterEach(async () => {
  const name = `cocoon-test-${process.pid}-${counter}`
  await databaseQuiet()
  await useDatabaseNamed(DEFAULT_DATABASE_NAME)
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
})
