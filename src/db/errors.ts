import { reconnect } from './connection'

/** What went wrong with storage, in the terms the app explains to a parent. */
export const storageProblemKinds = [
  'unavailable',
  'quota',
  'connectionLost',
  'versionChange',
  'blocked',
  'writeFailed',
] as const
export type StorageProblemKind = (typeof storageProblemKinds)[number]

interface ErrorLike {
  name?: unknown
  message?: unknown
  inner?: unknown
  cause?: unknown
  failures?: unknown
}

/** Dexie wraps the browser's error (`inner`), and bulk operations collect several (`failures`). */
function causes(error: unknown, depth = 0): ErrorLike[] {
  if (typeof error !== 'object' || error === null || depth > 5) return []
  const link = error as ErrorLike
  const nested = [link.inner, link.cause, ...(Array.isArray(link.failures) ? link.failures : [])]
  return [link, ...nested.flatMap((cause) => causes(cause, depth + 1))]
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

// WebKit bugs 197050 and 277615, Dexie issues 2008 and 1139: the connection dies under the page.
const CONNECTION_LOST =
  /connection to indexed database server lost|database connection is closing|internal error was encountered in the indexed database server/i

const UNAVAILABLE = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'SecurityError',
  'InvalidAccessError',
  'NotAllowedError',
])
const STORAGE_ERRORS = new Set([
  ...UNAVAILABLE,
  'QuotaExceededError',
  'AbortError',
  'UnknownError',
  'InvalidStateError',
  'TransactionInactiveError',
  'ReadOnlyError',
  'VersionError',
  'VersionChangeError',
  'DatabaseClosedError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'TimeoutError',
  'BulkError',
  'ModifyError',
  'UpgradeError',
])

export function classifyStorageError(error: unknown): StorageProblemKind {
  const chain = causes(error)
  const names = chain.map((link) => text(link.name))
  // A full disk often arrives as the `inner` of an AbortError: look through the whole chain first.
  if (names.includes('QuotaExceededError') || chain.some((link) => /quota/i.test(text(link.message)))) return 'quota'
  if (chain.some((link) => CONNECTION_LOST.test(text(link.message))) || names.includes('DatabaseClosedError'))
    return 'connectionLost'
  if (names.includes('VersionError') || names.includes('VersionChangeError')) return 'versionChange'
  if (names.some((name) => UNAVAILABLE.has(name))) return 'unavailable'
  return 'writeFailed'
}

/** A database that will not open at all is unavailable, whatever the browser called the reason. */
export function classifyOpenFailure(error: unknown): StorageProblemKind {
  const kind = classifyStorageError(error)
  return kind === 'quota' || kind === 'versionChange' ? kind : 'unavailable'
}

/** Whether an error came from IndexedDB or Dexie, as opposed to a bug elsewhere. */
export function isStorageError(error: unknown): boolean {
  return causes(error).some((link) => STORAGE_ERRORS.has(text(link.name)) || CONNECTION_LOST.test(text(link.message)))
}

/**
 * Runs a database action; when Safari has dropped the connection, opens a fresh one and tries once
 * more. A second failure is the caller's to show.
 */
export async function retryingLostConnection<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (classifyStorageError(error) !== 'connectionLost') throw error
    await reconnect()
    return action()
  }
}
