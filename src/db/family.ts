import type { FamilyMembership } from '@/domain/familyCode'
import { newMembership } from '@/domain/familyCode'
import type { FamilyPayload, SharedBirth } from '@/domain/familyExchange'
import { concurrentIds, mergeIncoming, mergeSeen, seenStamps, type SharedRecord } from '@/domain/familyMerge'
import { compareStamps, unpackStamp } from '@/domain/hlc'
import { database } from './connection'
import {
  decodeLogEvent,
  decodeLogEventWith,
  decodeQuestion,
  decodeQuestionWith,
  encodeLogEventWith,
  encodeQuestionWith,
  JournalLockedError,
  type DecodedLogEvent,
  type DecodedQuestion,
} from './journalCodec'
import { currentLock, heldKey } from './keyring'
import { deviceId, forgetClock, knownDeviceId, randomId, stamp } from './log'
import {
  PROFILE_ID,
  type BabyRow,
  type BirthStampRow,
  type FamilyConflictRow,
  type FamilyMembershipRow,
  type FamilyPeerRow,
  type SharedTable,
} from './rows'

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes)

export async function loadMembership(): Promise<FamilyMembershipRow | null> {
  const row = await (await database()).family.get('membership')
  return row?.key === 'membership' ? row : null
}

export async function listPeers(): Promise<FamilyPeerRow[]> {
  const rows = await (await database()).family.where('key').startsWith('peer:').toArray()
  return rows.filter((row): row is FamilyPeerRow => row.key.startsWith('peer:'))
}

/** This phone's membership of a family, joined now and with nothing sent yet. */
const membershipRow = (code: FamilyMembership, now: number): FamilyMembershipRow => ({
  key: 'membership',
  ...code,
  joinedAt: now,
  lastSentAt: null,
  lastSentStamp: null,
})

/** The first phone of a family: a new id and key. */
export async function createFamily(now = Date.now()): Promise<FamilyMembershipRow> {
  const membership = membershipRow(newMembership(random), now)
  await (await database()).family.put(membership)
  return membership
}

/**
 * A phone joining with the family's code. Its own birth details (if any) are marked as stamped with
 * nothing, so the family's win at the first exchange: the phone that paired it knows the birth. Only
 * an edit made here later makes them travel.
 */
export async function joinFamily(code: FamilyMembership, now = Date.now()): Promise<FamilyMembershipRow> {
  const membership = membershipRow(code, now)
  const db = await database()
  await db.transaction('rw', db.family, db.profile, async () => {
    await db.family.clear()
    await db.family.put(membership)
    const profile = await db.profile.get(PROFILE_ID)
    if (profile) await db.family.put({ key: 'birthStamp', updatedAt: '', profileSavedAt: profile.updatedAt })
  })
  return membership
}

/** Leaves the family: the key and what is known of the other phones go; the log stays on this phone. */
export async function leaveFamily(): Promise<void> {
  const db = await database()
  await db.transaction('rw', db.family, db.familyConflicts, async () => {
    await db.family.clear()
    await db.familyConflicts.clear()
  })
}

/**
 * A new key (and family id) for a phone that stays: files and codes made with the old one no longer
 * open, and every other phone has to be paired again.
 */
export async function replaceFamilyKey(now = Date.now()): Promise<FamilyMembershipRow> {
  const db = await database()
  const membership = membershipRow(newMembership(random), now)
  await db.transaction('rw', db.family, async () => {
    // The birth's stamp stays: it belongs to the birth details, not to the key.
    await db.family.filter((row) => row.key !== 'birthStamp').delete()
    await db.family.put(membership)
  })
  return membership
}

async function birthStampRow(): Promise<BirthStampRow | null> {
  const row = await (await database()).family.get('birthStamp')
  return row?.key === 'birthStamp' ? row : null
}

/**
 * The birth details with the stamp of their last edit. The profile is saved without knowing about
 * the family (it is on the first screen, the family code is not): a save since the last stamp is an
 * edit made here, stamped now at the time it was saved. An empty stamp never travels.
 */
async function sharedBirth(): Promise<SharedBirth | null> {
  const db = await database()
  const row = await db.profile.get(PROFILE_ID)
  if (!row) return null
  let known = await birthStampRow()
  if (!known || row.updatedAt > known.profileSavedAt) {
    known = { key: 'birthStamp', updatedAt: await stamp(row.updatedAt), profileSavedAt: row.updatedAt }
    await db.family.put(known)
  }
  if (known.updatedAt === '') return null
  const { id: _id, updatedAt: _updatedAt, ...profile } = row
  return { profile, updatedAt: known.updatedAt }
}

/**
 * Everything the family shares, readable, stamped with a new exchange id. A note sealed under the
 * lock is opened with the held key; while locked there is nothing to send (JournalLockedError).
 * The journal is never part of it.
 */
export async function makePayload(now = Date.now()): Promise<FamilyPayload> {
  const db = await database()
  const [babies, eventRows, questionRows] = await Promise.all([
    db.babies.toArray(),
    db.logEvents.toArray(),
    db.questions.toArray(),
  ])
  const locked = !heldKey() && [...eventRows, ...questionRows].some((row) => 'sealedNote' in row || 'sealedText' in row)
  if (locked) throw new JournalLockedError()
  const logEvents = (await Promise.all(eventRows.map(decodeLogEvent))).map(({ noteSealed: _sealed, ...event }) => event)
  const questions = (await Promise.all(questionRows.map(decodeQuestion))).map(
    ({ textSealed: _sealed, ...question }) => question,
  )
  return {
    exchangeId: randomId(),
    from: await deviceId(),
    sentAt: now,
    seen: await heldSeen([...babies, ...eventRows, ...questionRows]),
    birth: await sharedBirth(),
    babies,
    logEvents,
    questions,
  }
}

/** Notes that this phone's changes went out: what is waiting is counted from here. */
export async function markSent(now = Date.now()): Promise<void> {
  const db = await database()
  const sentStamp = await stamp(now)
  const membership = await loadMembership()
  if (membership) await db.family.put({ ...membership, lastSentAt: now, lastSentStamp: sentStamp })
}

/** How many of this phone's own edits were made since it last sent its changes (read-only: live queries call it). */
export async function countWaiting(): Promise<number> {
  const db = await database()
  const membership = await loadMembership()
  if (!membership) return 0
  const me = await knownDeviceId()
  // A phone that never stamped anything has no edits of its own.
  if (me === null) return 0
  const since = membership.lastSentStamp ?? ''
  const mine = (row: SharedRecord) => row.updatedAt > since && unpackStamp(row.updatedAt)?.deviceId === me
  const counts = await Promise.all([
    db.babies.filter(mine).count(),
    db.logEvents.where('updatedAt').above(since).filter(mine).count(),
    db.questions.where('updatedAt').above(since).filter(mine).count(),
  ])
  return counts.reduce((sum, count) => sum + count, 0)
}

export interface AppliedExchange {
  alreadyApplied: boolean
  /** Records written: new here, or newer than this phone's version. */
  changed: number
  conflicts: number
}

function held<T extends SharedRecord>(rows: (T | undefined)[]): Map<string, T> {
  return new Map(rows.filter((row): row is T => row !== undefined).map((row) => [row.id, row]))
}

/**
 * The rows still newer than what the table holds now: the merge was worked out before the write's
 * transaction, and an edit made on this phone meanwhile must not be overwritten by an older version.
 */
async function stillNewer<Row extends SharedRecord>(
  table: { bulkGet(keys: string[]): Promise<(Row | undefined)[]> },
  rows: Row[],
): Promise<Row[]> {
  const current = await table.bulkGet(rows.map((row) => row.id))
  return rows.filter((row, index) => !current[index] || row.updatedAt > current[index].updatedAt)
}

/**
 * Takes in what another phone of the family sent, in one transaction: per record the newer version
 * wins (familyMerge.ts), a version set aside when both phones changed a record is kept as a conflict,
 * the file is remembered so it is never taken in twice, and the birth details follow their stamp.
 */
export async function applyPayload(payload: FamilyPayload, now = Date.now()): Promise<AppliedExchange> {
  const db = await database()
  if (await db.family.get(`exchange:${payload.exchangeId}`)) return { alreadyApplied: true, changed: 0, conflicts: 0 }
  const key = await writingKey()

  // Compared open, as the other phone sent them (opened with the held key, which writingKey asked
  // for); written sealed if this phone's lock is on.
  const mineEvents = held(await db.logEvents.bulkGet(payload.logEvents.map((event) => event.id)))
  const mineOpenEvents = new Map(
    await Promise.all([...mineEvents.values()].map(async (row) => [row.id, await decodeLogEvent(row)] as const)),
  )
  const mineQuestions = held(await db.questions.bulkGet(payload.questions.map((question) => question.id)))
  const mineOpenQuestions = new Map(
    await Promise.all([...mineQuestions.values()].map(async (row) => [row.id, await decodeQuestion(row)] as const)),
  )
  const mineBabies = held(await db.babies.bulkGet(payload.babies.map((baby) => baby.id)))
  const mySeen = await heldSeen()
  const concurrent = <T extends SharedRecord>(mine: ReadonlyMap<string, T>, theirs: readonly T[]) =>
    concurrentIds(mine, theirs, payload.seen, mySeen)

  const events = mergeIncoming(mineOpenEvents, payload.logEvents, concurrent(mineOpenEvents, payload.logEvents))
  const questions = mergeIncoming(
    mineOpenQuestions,
    payload.questions,
    concurrent(mineOpenQuestions, payload.questions),
  )
  const babies = mergeIncoming(mineBabies, payload.babies, concurrent(mineBabies, payload.babies))

  const eventRows = await Promise.all(events.writes.map((event) => encodeLogEventWith(event, key)))
  const questionRows = await Promise.all(questions.writes.map((question) => encodeQuestionWith(question, key)))
  const aside = (table: SharedTable, { kept, lost }: { kept: SharedRecord; lost: SharedRecord }) => ({
    id: `${table}:${lost.id}`,
    recordId: lost.id,
    at: now,
    keptStamp: kept.updatedAt,
  })
  const conflictRows: FamilyConflictRow[] = [
    ...(await Promise.all(
      events.conflicts.map(async (conflict) => ({
        ...aside('logEvents', conflict),
        table: 'logEvents' as const,
        lost: await encodeLogEventWith(conflict.lost, key),
      })),
    )),
    ...(await Promise.all(
      questions.conflicts.map(async (conflict) => ({
        ...aside('questions', conflict),
        table: 'questions' as const,
        lost: await encodeQuestionWith(conflict.lost, key),
      })),
    )),
    ...babies.conflicts.map((conflict) => ({
      ...aside('babies', conflict),
      table: 'babies' as const,
      lost: conflict.lost,
    })),
  ]

  const birth = await newerBirth(payload.birth)
  await db.transaction(
    'rw',
    [db.babies, db.logEvents, db.questions, db.family, db.familyConflicts, db.profile],
    async () => {
      await db.babies.bulkPut(await stillNewer(db.babies, babies.writes))
      await db.logEvents.bulkPut(await stillNewer(db.logEvents, eventRows))
      await db.questions.bulkPut(await stillNewer(db.questions, questionRows))
      await db.familyConflicts.bulkPut(conflictRows)
      if (birth) {
        await db.profile.put({ ...birth.profile, id: PROFILE_ID, updatedAt: now })
        await db.family.put({ key: 'birthStamp', updatedAt: birth.updatedAt, profileSavedAt: now })
      }
      await db.family.put({ key: `exchange:${payload.exchangeId}`, appliedAt: now })
      await db.family.put({ key: `peer:${payload.from}`, deviceId: payload.from, lastReceivedAt: now })
      // Everything the other phone had seen, this phone has now seen too: the newest of it is here.
      const records = [...payload.babies, ...payload.logEvents, ...payload.questions]
      await db.family.put({ key: 'seen', seen: mergeSeen(mySeen, payload.seen, seenStamps(records)) })
    },
  )
  // The next stamp is read again, after everything the other phone sent: edits from here on are newer.
  forgetClock()
  const changed = babies.writes.length + eventRows.length + questionRows.length + (birth ? 1 : 0)
  return { alreadyApplied: false, changed, conflicts: conflictRows.length }
}

/**
 * What this phone has seen of each device: what it holds (`held`, when the caller has just read every
 * shared row) and what it held and has since overwritten.
 */
async function heldSeen(held?: readonly SharedRecord[]) {
  const db = await database()
  const records =
    held ?? (await Promise.all([db.babies.toArray(), db.logEvents.toArray(), db.questions.toArray()])).flat()
  const kept = await db.family.get('seen')
  return mergeSeen(seenStamps(records), kept?.key === 'seen' ? kept.seen : {})
}

/** The key to seal what comes in with: none without a lock; nothing can be taken in while locked. */
async function writingKey() {
  if (!(await currentLock())) return null
  const key = heldKey()
  if (!key) throw new JournalLockedError()
  return key
}

/** The other phone's birth details when they are newer than this phone's (or this phone has none stamped). */
async function newerBirth(incoming: SharedBirth | null): Promise<SharedBirth | null> {
  if (!incoming) return null
  const mine = await sharedBirth()
  if (!mine) return incoming
  const [theirs, ours] = [unpackStamp(incoming.updatedAt), unpackStamp(mine.updatedAt)]
  return theirs && ours && compareStamps(theirs, ours) > 0 ? incoming : null
}

export type ConflictView =
  | { id: string; table: 'logEvents'; at: number; lost: DecodedLogEvent; kept: DecodedLogEvent | null }
  | { id: string; table: 'questions'; at: number; lost: DecodedQuestion; kept: DecodedQuestion | null }
  | { id: string; table: 'babies'; at: number; lost: BabyRow; kept: BabyRow | null }

/** A version set aside and the one kept (gone if deleted since), both opened for reading. */
async function beside<Row, Open>(lost: Row, kept: Promise<Row | undefined>, decode: (row: Row) => Promise<Open>) {
  const current = await kept
  return { lost: await decode(lost), kept: current ? await decode(current) : null }
}

/** The versions set aside, each beside the one that was kept, readable while unlocked. */
export async function listConflicts(): Promise<ConflictView[]> {
  const db = await database()
  const rows = (await db.familyConflicts.toArray()).sort((a, b) => b.at - a.at)
  return Promise.all(
    rows.map(async (row): Promise<ConflictView> => {
      const common = { id: row.id, at: row.at }
      if (row.table === 'logEvents')
        return {
          ...common,
          table: row.table,
          ...(await beside(row.lost, db.logEvents.get(row.recordId), decodeLogEvent)),
        }
      if (row.table === 'questions')
        return {
          ...common,
          table: row.table,
          ...(await beside(row.lost, db.questions.get(row.recordId), decodeQuestion)),
        }
      return { ...common, table: row.table, lost: row.lost, kept: (await db.babies.get(row.recordId)) ?? null }
    }),
  )
}

export async function dismissConflict(id: string): Promise<void> {
  await (await database()).familyConflicts.delete(id)
}

/** The version set aside becomes the newest edit (so the other phone takes it too), and the conflict goes. */
export async function keepSetAside(id: string, now = Date.now()): Promise<void> {
  const db = await database()
  const row = await db.familyConflicts.get(id)
  if (!row) return
  const key = await writingKey()
  const updatedAt = await stamp(now)
  await db.transaction('rw', db.logEvents, db.questions, db.babies, db.familyConflicts, async () => {
    if (row.table === 'logEvents') {
      const open = await decodeLogEventWith(row.lost, key)
      const { noteSealed: _sealed, ...event } = open
      await db.logEvents.put(await encodeLogEventWith({ ...event, updatedAt }, key))
    } else if (row.table === 'questions') {
      const { textSealed: _sealed, ...question } = await decodeQuestionWith(row.lost, key)
      await db.questions.put(await encodeQuestionWith({ ...question, updatedAt }, key))
    } else {
      await db.babies.put({ ...row.lost, updatedAt })
    }
    await db.familyConflicts.delete(id)
  })
}

export interface FamilyStatus {
  membership: FamilyMembershipRow | null
  /** The other phones, the one heard from last first. */
  peers: FamilyPeerRow[]
  waiting: number
  conflicts: ConflictView[]
}

/** All the family page shows, in one read (a live query follows it). */
export async function familyStatus(): Promise<FamilyStatus> {
  const membership = await loadMembership()
  if (!membership) return { membership, peers: [], waiting: 0, conflicts: [] }
  const [peers, waiting, conflicts] = await Promise.all([listPeers(), countWaiting(), listConflicts()])
  return { membership, peers: peers.sort((a, b) => b.lastReceivedAt - a.lastReceivedAt), waiting, conflicts }
}
