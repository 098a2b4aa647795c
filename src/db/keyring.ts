import type { LockKey } from '@/domain/crypto'
import type { BackupLock } from '@/domain/backup'

/** The lock as stored: the key's parameters and verifier (never the key), and the idle time. */
export interface LockRow extends BackupLock {
  id: 'current'
  idleMinutes: number
}

/**
 * The unlocked key lives here, in memory only: a reload, a lock or closing the app forgets it.
 * The lock's settings are cached beside it so that every journal write knows whether to encrypt.
 */
let key: LockKey | null = null
let lock: LockRow | null | undefined

export function heldKey(): LockKey | null {
  return key
}

export function cachedLock(): LockRow | null | undefined {
  return lock
}

export function rememberLock(row: LockRow | null): void {
  lock = row
}

/** Forgets both, for another database or after everything was deleted. */
export function forgetLock(): void {
  lock = undefined
  key = null
}

export function holdKey(next: LockKey | null): void {
  key = next
  void refreshLiveQueries()
}

/**
 * Live queries only re-run when the rows they read change; locking and unlocking change what
 * those rows decode to, so every query is told to look again (Dexie's `all` observability part).
 */
async function refreshLiveQueries(): Promise<void> {
  const { default: Dexie } = await import('dexie')
  Dexie.on.storagemutated.fire({ all: true } as never)
}

/** The lock's settings, read once per connection and kept in step by every change made here. */
export async function currentLock(): Promise<LockRow | null> {
  if (lock !== undefined) return lock
  const { database } = await import('./connection')
  const row = await (await database()).table<LockRow, string>('appLock').get('current')
  lock = row ?? null
  return lock
}
