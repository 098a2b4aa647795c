/**
 * The merge two (or three) phones of one family will use to share the log, the babies and the
 * questions (README, "Two phones"). Every shared record is edited whole and carries a hybrid-logical-
 * clock stamp, so per record the version with the later stamp wins; a deletion is a version too (a
 * tombstone), so it wins over every older edit and loses to a newer one. That rule is commutative,
 * associative and idempotent: phones converge whatever the order, repetition or loss of exchanges.
 * Nothing is lost silently: when a record changed on this phone since the last exchange and the other
 * phone changed it too, the losing version is handed back as a conflict to keep readable.
 */
import { compareStamps, unpackStamp } from './hlc'

/** What every shared record carries: babies, log events and questions all do. */
export interface SharedRecord {
  id: string
  updatedAt: string
  deleted: boolean
}

function stampOf(record: SharedRecord) {
  const stamp = unpackStamp(record.updatedAt)
  if (!stamp) throw new Error(`Record ${record.id} has no clock stamp`)
  return stamp
}

/** The winning version of one record: the later stamp. Stamps end in their device id, so two differ unless they are one version. */
export function newerVersion<T extends SharedRecord>(a: T, b: T): T {
  return compareStamps(stampOf(a), stampOf(b)) >= 0 ? a : b
}

/** JSON with every object's keys in order, so that two equal records give one text. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )

/** Two versions of one record say the same, whatever their stamps. */
function sameContent(a: SharedRecord, b: SharedRecord): boolean {
  return canonical({ ...a, updatedAt: null }) === canonical({ ...b, updatedAt: null })
}

export interface MergeConflict<T> {
  kept: T
  lost: T
}

export interface MergeOutcome<T> {
  /** The versions to store: newer than what this phone holds, or records it did not have. */
  writes: T[]
  /** A record both phones changed since they last exchanged, with a different result: the loser stays readable. */
  conflicts: MergeConflict<T>[]
}

/**
 * Merges what another phone sent into what this one holds. `changedHere` holds the ids this phone
 * changed since its last exchange with that phone: only those can conflict, because the other phone
 * had seen every earlier version.
 */
export function mergeIncoming<T extends SharedRecord>(
  held: ReadonlyMap<string, T>,
  incoming: readonly T[],
  changedHere: ReadonlySet<string>,
): MergeOutcome<T> {
  const winners = new Map<string, T>()
  for (const record of incoming) {
    const seen = winners.get(record.id)
    winners.set(record.id, seen ? newerVersion(seen, record) : record)
  }
  const writes: T[] = []
  const conflicts: MergeConflict<T>[] = []
  for (const theirs of winners.values()) {
    const mine = held.get(theirs.id)
    if (!mine) {
      writes.push(theirs)
      continue
    }
    if (mine.updatedAt === theirs.updatedAt) continue
    const kept = newerVersion(mine, theirs)
    if (kept === theirs) writes.push(theirs)
    const lost = kept === theirs ? mine : theirs
    if (changedHere.has(theirs.id) && !sameContent(kept, lost)) conflicts.push({ kept, lost })
  }
  return { writes, conflicts }
}

/** Applies an outcome to a phone's records: what the phone holds after storing the writes. */
export function applyWrites<T extends SharedRecord>(
  held: ReadonlyMap<string, T>,
  writes: readonly T[],
): Map<string, T> {
  const next = new Map(held)
  for (const record of writes) next.set(record.id, record)
  return next
}

/** Per device, the newest stamp of its edits a phone holds: what that phone has seen of each device. */
export type SeenStamps = Record<string, string>

export function seenStamps(records: Iterable<SharedRecord>): SeenStamps {
  const seen: SeenStamps = {}
  for (const { updatedAt } of records) {
    const author = unpackStamp(updatedAt)?.deviceId
    if (author && !(seen[author]! >= updatedAt)) seen[author] = updatedAt
  }
  return seen
}

/** What a phone has seen, put together from several accounts of it: per device the newest. */
export function mergeSeen(...accounts: readonly SeenStamps[]): SeenStamps {
  const merged: SeenStamps = {}
  for (const account of accounts)
    for (const [device, stamp] of Object.entries(account)) if (!(merged[device]! >= stamp)) merged[device] = stamp
  return merged
}

// A device's stamps are fixed-width and its own clock only moves on: a later one sorts after.
const hasSeen = (seen: SeenStamps, stamp: string) => {
  const author = unpackStamp(stamp)?.deviceId
  return author !== undefined && seen[author] !== undefined && seen[author] >= stamp
}

/**
 * The records both phones changed without seeing the other's change: the other phone had not seen
 * this phone's version, nor this phone theirs. Only those conflict; an older version the other phone
 * still holds, or an edit made over this phone's version knowingly, simply follows the stamps.
 */
export function concurrentIds<T extends SharedRecord>(
  held: ReadonlyMap<string, T>,
  incoming: readonly T[],
  theirSeen: SeenStamps,
  mySeen: SeenStamps,
): Set<string> {
  const ids = new Set<string>()
  for (const theirs of incoming) {
    const mine = held.get(theirs.id)
    if (!mine || mine.updatedAt === theirs.updatedAt) continue
    if (!hasSeen(theirSeen, mine.updatedAt) && !hasSeen(mySeen, theirs.updatedAt)) ids.add(theirs.id)
  }
  return ids
}
