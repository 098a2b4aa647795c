import type { EntryContent } from '@/domain/entryValidation'
import type { JournalEntry, MoodLevel } from '@/domain/journal'
import { entryMatcher, isFiltering, noFilter, type JournalFilter } from '@/domain/journalSearch'
import type { MoodPoint } from '@/domain/mood'
import { database } from './connection'
import { nextEntryId } from './entryIds'
import { entryBinding, isSealedEntry, type SealedEntry } from '@/domain/sealedEntry'
import { decodeEntry, decodeEntryWith, encodeEntry, JournalLockedError } from './journalCodec'
import { heldKey, onKeyChange } from './keyring'
import type { StoredEntry, StoredJournalRow } from './rows'

export type { StoredEntry }

/** Where a page ended: the next page starts just after this entry, newest first. */
export interface JournalCursor {
  at: number
  id: number
}

export interface JournalPage {
  entries: StoredEntry[]
  /** null when there is nothing older. */
  next: JournalCursor | null
}

async function journal() {
  return (await database()).journal
}

async function decodeStored(row: StoredJournalRow): Promise<StoredEntry> {
  return { ...(await decodeEntry(row)), id: row.id }
}

/**
 * The rows' entries, in the rows' order, null for each sealed row while no key is held: a locked
 * journal has nothing to show (the lock screen covers it), so its reads skip what they cannot open.
 * One key for the whole read, so that locking halfway through cannot make it fail.
 */
async function readableEntries(rows: readonly StoredJournalRow[]): Promise<(StoredEntry | null)[]> {
  const key = heldKey()
  const decode = (row: StoredJournalRow) =>
    key === null && isSealedEntry(row) ? null : decodeEntryWith(row, key).then((entry) => ({ ...entry, id: row.id }))
  if (key === null || !rows.some(isSealedEntry)) return Promise.all(rows.map(decode))
  return Promise.resolve(outsideLiveQuery(() => Promise.all(rows.map(decode))))
}

/**
 * Opening a year of envelopes inside a Dexie live query spends more time following the query's zone
 * across every await than decrypting (Chromium profile of unlocking 10,000 entries). The envelopes
 * are opened side by side in a task of their own, outside the zone: nothing there reads the database,
 * so the query loses nothing it must track, and the caller waits for it through Promise.resolve().
 */
function outsideLiveQuery<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => setTimeout(() => work().then(resolve, reject)))
}

const present = <T>(value: T | null): value is T => value !== null

export async function addEntry(content: EntryContent, now = Date.now()): Promise<StoredEntry> {
  const entry: JournalEntry = { ...content, createdAt: now, updatedAt: now }
  const db = await database()
  const row = await encodeEntry(entry)
  const id = await db.transaction('rw', db.journal, async () => {
    const id = await nextEntryId(db)
    await db.journal.add({ ...row, id })
    return id
  })
  return { ...entry, id }
}

export async function updateEntry(id: number, content: EntryContent, now = Date.now()): Promise<StoredEntry> {
  const table = await journal()
  const stored = await table.get(id)
  if (!stored) throw new Error(`No journal entry ${id}`)
  const { harmThoughts: _previous, ...kept } = await decodeEntry(stored)
  const entry: StoredEntry = { ...kept, ...content, id, updatedAt: now }
  await table.put(await encodeEntry(entry))
  return entry
}

/** Deletes an entry and hands it back, so that the caller can offer to undo. */
export async function deleteEntry(id: number): Promise<StoredEntry | null> {
  const db = await database()
  return db.transaction('rw', db.journal, async () => {
    const row = await db.journal.get(id)
    if (!row) return null
    // Checked before deleting: a locked entry could not be handed back to undo the delete.
    if (isSealedEntry(row) && !heldKey()) throw new JournalLockedError()
    await db.journal.delete(id)
    return decodeStored(row)
  })
}

/** Puts a deleted entry back under its own id. */
export async function restoreEntry(entry: StoredEntry): Promise<void> {
  await (await journal()).put(await encodeEntry(entry))
}

/** Whether a row comes after the cursor in newest-first order. */
const olderThan = (row: StoredJournalRow, cursor: JournalCursor) =>
  row.at < cursor.at || (row.at === cursor.at && row.id < cursor.id)

/**
 * Raw rows older than the cursor, newest first, read straight off the `at` index. Entries with the
 * same `at` come in descending id order (IndexedDB orders an index's duplicates by primary key),
 * which is what makes (at, id) an exact cursor.
 */
async function rowsBefore(cursor: JournalCursor | null, limit: number): Promise<StoredJournalRow[]> {
  const table = await journal()
  if (!cursor) return table.orderBy('at').reverse().limit(limit).toArray()
  return table
    .where('at')
    .belowOrEqual(cursor.at)
    .reverse()
    .filter((row) => olderThan(row, cursor))
    .limit(limit)
    .toArray()
}

/**
 * The matching entries older than `after` (from the newest when null) down to and including
 * `through`, newest first: a page already shown, read again only when a write falls inside it.
 */
export async function entriesBetween(options: {
  after: JournalCursor | null
  through: JournalCursor
  filter?: JournalFilter
}): Promise<StoredEntry[]> {
  const { after, through, filter = noFilter } = options
  const rows = await (
    await journal()
  )
    .where('at')
    .between(through.at, after?.at ?? Infinity, true, true)
    .reverse()
    .filter((row) => (after === null || olderThan(row, after)) && !olderThan(row, through))
    .toArray()
  const matches = entryMatcher(filter)
  return (await readableEntries(rows)).filter(present).filter(matches)
}

const FIRST_SCAN_CHUNK = 100
const MAX_SCAN_CHUNK = 2_000

/**
 * One page of entries, newest first. Without a filter it reads exactly one page from the index;
 * with one it walks the index in growing chunks (entries are decoded before matching, so a search
 * also works on text the codec protects) and stops as soon as the page is full.
 */
export async function pageEntries(options: {
  before?: JournalCursor | null
  limit: number
  filter?: JournalFilter
}): Promise<JournalPage> {
  const { limit, filter = noFilter } = options
  const matches = entryMatcher(filter)
  const filtering = isFiltering(filter)
  const entries: StoredEntry[] = []
  let cursor = options.before ?? null
  let chunk = filtering ? FIRST_SCAN_CHUNK : limit
  while (entries.length < limit) {
    const rows = await rowsBefore(cursor, filtering ? chunk : limit - entries.length)
    const decoded = await readableEntries(rows)
    for (const [index, row] of rows.entries()) {
      cursor = { at: row.at, id: row.id }
      const entry = decoded[index]
      if (entry && matches(entry)) entries.push(entry)
      if (entries.length === limit) return { entries, next: cursor }
    }
    if (rows.length < (filtering ? chunk : limit)) return { entries, next: null }
    chunk = Math.min(chunk * 2, MAX_SCAN_CHUNK)
  }
  return { entries, next: cursor }
}

/** Every entry written at or after an instant, oldest first (the noticing rule's two weeks). */
export async function entriesSince(since: number): Promise<StoredEntry[]> {
  const rows = await (await journal()).where('at').aboveOrEqual(since).toArray()
  return (await readableEntries(rows)).filter(present)
}

/**
 * The moods already opened with the held key, by envelope and binding: every journal write runs the
 * chart's query again, and opening a year of envelopes for one changed entry would cost as much as
 * unlocking. The same envelope under the same binding always holds the same mood, so a hit is as
 * good as opening it. Only moods are kept, each query keeps only its own rows', and locking forgets them all.
 */
let openedMoods = new Map<string, MoodLevel>()
onKeyChange(() => (openedMoods = new Map()))

const envelopeKey = (row: SealedEntry) => `${entryBinding(row)}|${row.sealed.iv}|${row.sealed.ct}`

/**
 * Time and mood of every entry, oldest first. Read in one getAll() from the `at` index: walking an
 * index key by key with a cursor is many times slower in Chromium for a year of entries. With the
 * lock on the mood is sealed, so each row not opened before is opened (side by side); while locked
 * there is none.
 */
export async function moodPoints(): Promise<MoodPoint[]> {
  const rows = await (await journal()).orderBy('at').toArray()
  const known = openedMoods
  const keys = rows.map((row) => (isSealedEntry(row) ? envelopeKey(row) : null))
  const unknown = rows.filter((_, index) => {
    const key = keys[index] ?? null
    return key !== null && !known.has(key)
  })
  const opened = new Map(unknown.map((row, index) => [row, index]))
  const entries = unknown.length > 0 ? await readableEntries(unknown) : []
  const kept = new Map<string, MoodLevel>()
  const points: MoodPoint[] = []
  for (const [index, row] of rows.entries()) {
    const key = keys[index] ?? null
    if (key === null) {
      points.push({ at: row.at, mood: (row as JournalEntry).mood })
      continue
    }
    const mood = known.get(key) ?? entries[opened.get(row)!]?.mood
    if (mood === undefined) continue
    kept.set(key, mood)
    points.push({ at: row.at, mood })
  }
  // Kept only if the key has not changed meanwhile (locking must leave nothing behind).
  if (openedMoods === known && heldKey() !== null) openedMoods = kept
  return points
}
