import { isEnvelope } from '@/domain/crypto'
import type { EntryDraft } from '@/domain/journal'
import { database, databaseNameInUse } from './connection'
import { decodeDraft, encodeDraft } from './journalCodec'
import { knownLock } from './keyring'
import type { DraftRow } from './rows'

async function draftTable() {
  return (await database()).drafts
}

// Draft reads and writes still running, even for forms already gone: locking waits for them, so a
// draft is never written after the key that seals it has been dropped. Here, not in the form's
// composable, because "a write needs the key" is true of the db layer.
const pendingDraftWork = new Set<Promise<unknown>>()

/** Counts a piece of draft work (and whatever it retries) as pending until it settles. */
export function registerDraftWork<T>(work: Promise<T>): Promise<T> {
  pendingDraftWork.add(work)
  void work.finally(() => pendingDraftWork.delete(work)).catch(() => undefined)
  return work
}

/** Resolves once every draft read and write started so far (and any it leads to) has finished. */
export async function draftWritesSettled(): Promise<void> {
  while (pendingDraftWork.size > 0) await Promise.allSettled([...pendingDraftWork])
}

export function saveDraft(key: string, draft: EntryDraft, now = Date.now()): Promise<void> {
  return registerDraftWork(
    (async () => {
      await (await draftTable()).put(await encodeDraft(key, draft, now))
    })(),
  )
}

/**
 * The draft as last kept, from the database or the crash buffer, whichever is newer. A buffer that
 * cannot be read (another passcode since) gives way to the database's copy.
 */
export function loadDraft(key: string): Promise<EntryDraft | null> {
  const buffered = readBuffer(key)
  return registerDraftWork(
    (async () => {
      let stored: DraftRow | undefined
      try {
        stored = await (await draftTable()).get(key)
      } catch (error) {
        // IndexedDB refused: what the buffer kept is still the parent's words.
        if (!buffered) throw error
      }
      if (buffered && (!stored || buffered.updatedAt > stored.updatedAt)) {
        try {
          return await decodeDraft(buffered)
        } catch (error) {
          if (!stored) throw error
        }
      }
      return stored ? decodeDraft(stored) : null
    })(),
  )
}

export function clearDraft(key: string): Promise<void> {
  clearBufferedDraft(key)
  return registerDraftWork(
    (async () => {
      await (await draftTable()).delete(key)
    })(),
  )
}

/*
 * The crash buffer. An IndexedDB write started on pagehide never completes when the page goes at
 * once (an instant reload, a killed tab), so every change is also kept synchronously in localStorage.
 * With the lock on only a sealed copy is kept; sealing is asynchronous, so until the newest snapshot
 * is sealed the buffer holds the one before. The "cocoon." prefix lets "Delete everything" find it.
 */
const BUFFER_PREFIX = 'cocoon.draft.'
const bufferKey = (key: string) => `${BUFFER_PREFIX}${databaseNameInUse()}.${key}`
// Per draft key: the snapshot a sealing still running belongs to, so an older one never overwrites a newer.
const generations = new Map<string, number>()

function nextGeneration(key: string): number {
  const generation = (generations.get(key) ?? 0) + 1
  generations.set(key, generation)
  return generation
}

function writeBuffer(row: DraftRow): void {
  try {
    localStorage.setItem(bufferKey(row.key), JSON.stringify(row))
  } catch {
    // Storage off or full: the buffer is a second copy, the IndexedDB draft still follows.
  }
}

function readBuffer(key: string): DraftRow | null {
  try {
    const text = localStorage.getItem(bufferKey(key))
    if (!text) return null
    const row = JSON.parse(text) as Partial<DraftRow> & { draft?: unknown; sealed?: unknown }
    if (row.key !== key || typeof row.updatedAt !== 'number') return null
    if (isEnvelope(row.sealed)) return { key, updatedAt: row.updatedAt, sealed: row.sealed }
    if (typeof row.draft === 'object' && row.draft !== null && typeof (row.draft as EntryDraft).text === 'string')
      return { key, updatedAt: row.updatedAt, draft: row.draft as EntryDraft }
    return null
  } catch {
    return null
  }
}

/**
 * Keeps the latest snapshot of a draft where a page that goes this instant still leaves it. Without
 * a lock it is written before this returns; with the lock on, as soon as it is sealed, and never
 * readable; while the lock is locked nothing new is kept.
 */
export function bufferDraft(key: string, draft: EntryDraft, now = Date.now()): void {
  const generation = nextGeneration(key)
  if (knownLock() === null) {
    writeBuffer({ key, draft, updatedAt: now })
    return
  }
  void registerDraftWork(
    encodeDraft(key, draft, now).then((row) => {
      if (generations.get(key) === generation) writeBuffer(row)
    }),
  ).catch(() => undefined)
}

export function clearBufferedDraft(key: string): void {
  nextGeneration(key)
  try {
    localStorage.removeItem(bufferKey(key))
  } catch {
    // Nothing could have been buffered.
  }
}

/** Forgets every buffered draft: the lock was turned on, off or changed, so they are under the wrong key. */
export function clearDraftBuffers(): void {
  for (const key of generations.keys()) nextGeneration(key)
  try {
    for (const name of Object.keys(localStorage)) if (name.startsWith(BUFFER_PREFIX)) localStorage.removeItem(name)
  } catch {
    // Nothing could have been buffered.
  }
}
