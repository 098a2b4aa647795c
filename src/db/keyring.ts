import type { LockKey } from '@/domain/crypto'
import { database, onDatabaseSwitch } from './connection'
import type { LockRow } from './rows'

/**
 * The unlocked key lives here, in memory only: a reload, a lock or closing the app forgets it.
 * The lock's settings are cached beside it so that every journal write knows whether to encrypt.
 */
let key: LockKey | null = null
let lock: LockRow | null | undefined

export function heldKey(): LockKey | null {
  return key
}

/** The lock's settings if already read (null: no lock), undefined before then; for synchronous callers. */
export function knownLock(): LockRow | null | undefined {
  return lock
}

export function rememberLock(row: LockRow | null): void {
  lock = row
}

// Both belong to one database.
onDatabaseSwitch(() => {
  lock = undefined
  key = null
})

const keyListeners = new Set<() => void>()

/**
 * Locking and unlocking change what the stored rows decode to without changing the rows, so Dexie
 * sees nothing to re-run; live queries listen here instead (see live.ts).
 */
export function onKeyChange(listener: () => void): () => void {
  keyListeners.add(listener)
  return () => keyListeners.delete(listener)
}

export function holdKey(next: LockKey | null): void {
  key = next
  for (const listener of keyListeners) listener()
}

/** The lock's settings, read once per connection and kept in step by every change made here. */
export async function currentLock(): Promise<LockRow | null> {
  if (lock !== undefined) return lock
  const row = await (await database()).appLock.get('current')
  lock = row ?? null
  return lock
}
