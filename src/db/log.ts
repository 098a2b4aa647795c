import { visibleEvents, type Baby, type LogContent, type LogEvent } from '@/domain/babyLog'
import { DAY_MS } from '@/domain/time'
import { compareStamps, nextStamp, packStamp, unpackStamp, type HlcStamp } from '@/domain/hlc'
import { database, onDatabaseSwitch } from './connection'
import { decodeLogEvent, encodeLogEventWith, noteKey } from './journalCodec'
import type { LogEventRow } from './rows'

/** A random id for a record or a device; crypto.randomUUID where it exists (secure contexts). */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

let device: string | undefined
let lastStamp: HlcStamp | null | undefined

onDatabaseSwitch(() => {
  device = undefined
  lastStamp = undefined
})

/** This phone's random id for the clock and the family: nothing about the person or the phone. */
export async function deviceId(): Promise<string> {
  if (device) return device
  const db = await database()
  device = await db.transaction('rw', db.syncState, async () => {
    const row = await db.syncState.get('device')
    if (row) return row.deviceId
    const created = randomId()
    await db.syncState.put({ key: 'device', deviceId: created })
    return created
  })
  return device
}

/** The device id if one was made, without making one: for reads inside a live query, which may not write. */
export async function knownDeviceId(): Promise<string | null> {
  if (device) return device
  const row = await (await database()).syncState.get('device')
  return row?.deviceId ?? null
}

/**
 * The next stamp of this device's clock: after every stamp already stored, whoever wrote it. Shared by
 * every record that travels between phones (babies, log events, care-visit questions).
 */
export async function stamp(now: number): Promise<string> {
  const id = await deviceId()
  if (lastStamp === undefined) {
    const db = await database()
    const newest = await db.logEvents.orderBy('updatedAt').last()
    const newestQuestion = await db.questions.orderBy('updatedAt').last()
    const babies = await db.babies.toArray()
    const birth = await db.family.get('birthStamp')
    const birthStamp = birth?.key === 'birthStamp' ? birth.updatedAt : undefined
    const stamps = [newest?.updatedAt, newestQuestion?.updatedAt, birthStamp, ...babies.map((baby) => baby.updatedAt)]
      .map((packed) => (packed ? unpackStamp(packed) : null))
      .filter((value): value is HlcStamp => value !== null)
    lastStamp = stamps.sort(compareStamps).at(-1) ?? null
  }
  lastStamp = nextStamp(lastStamp, now, id)
  return packStamp(lastStamp)
}

/** After records from another phone came in: the next stamp is read again, after the newest of them. */
export function forgetClock(): void {
  lastStamp = undefined
}

const liveBabies = (rows: Baby[]) =>
  rows.filter((baby) => !baby.deleted).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))

export async function listBabies(): Promise<Baby[]> {
  return liveBabies(await (await database()).babies.toArray())
}

/**
 * The first baby, created on the first log entry: a single birth never sees babies as such. The look
 * and the add are one transaction, so two entries saved at once (a double tap, two tabs) find or make
 * the same baby; two babies would turn a single birth into twins.
 */
export async function ensureBaby(now = Date.now()): Promise<Baby> {
  const existing = (await listBabies())[0]
  if (existing) return existing
  // Stamped before the transaction: the clock reads tables the transaction does not hold.
  const created = await stamp(now)
  const db = await database()
  return db.transaction('rw', db.babies, async () => {
    const first = liveBabies(await db.babies.toArray())[0]
    if (first) return first
    const baby: Baby = {
      id: randomId(),
      name: null,
      colour: null,
      birthWeightGrams: null,
      createdAt: created,
      updatedAt: created,
      deleted: false,
    }
    await db.babies.add(baby)
    return baby
  })
}

/** Another baby of the same birth (twins, triplets), stamped like every record that travels. */
export async function addBaby(colour: string | null, now = Date.now()): Promise<Baby> {
  await ensureBaby(now)
  const created = await stamp(now)
  const baby: Baby = {
    id: randomId(),
    name: null,
    colour,
    birthWeightGrams: null,
    createdAt: created,
    updatedAt: created,
    deleted: false,
  }
  await (await database()).babies.add(baby)
  return baby
}

/**
 * A baby added by mistake goes as a tombstone, and so do the entries logged for it: a partner's
 * phone then removes them too, instead of keeping entries for a baby that is not there.
 */
export async function removeBaby(id: string, now = Date.now()): Promise<void> {
  const db = await database()
  const stored = await db.babies.get(id)
  if (!stored || stored.deleted) return
  const rows = (await db.logEvents.where('babyId').equals(id).toArray()).filter((row) => !row.deleted)
  // Stamped before the transaction opens: a stamp may read the database, which would end it early.
  const babyStamp = await stamp(now)
  const eventStamps: string[] = []
  for (let index = 0; index < rows.length; index++) eventStamps.push(await stamp(now))
  await db.transaction('rw', db.babies, db.logEvents, async () => {
    await db.babies.put({ ...stored, deleted: true, updatedAt: babyStamp })
    await db.logEvents.bulkPut(rows.map((row, index) => ({ ...row, deleted: true, updatedAt: eventStamps[index]! })))
  })
}

export async function updateBaby(
  id: string,
  change: Partial<Pick<Baby, 'name' | 'colour' | 'birthWeightGrams' | 'sex'>>,
  now = Date.now(),
): Promise<Baby> {
  const db = await database()
  const stored = await db.babies.get(id)
  if (!stored) throw new Error(`No baby ${id}`)
  const baby: Baby = { ...stored, ...change, updatedAt: await stamp(now) }
  await db.babies.put(baby)
  return baby
}

async function write(event: LogEvent, previous?: LogEventRow): Promise<void> {
  const key = await noteKey(event.note)
  // Stopping a timer while locked must not wipe a note it cannot read: the sealed one is kept.
  const row =
    previous?.sealedNote && !key && event.note === ''
      ? { ...(await encodeLogEventWith(event, null)), sealedNote: previous.sealedNote }
      : await encodeLogEventWith(event, key)
  await (await database()).logEvents.put(row)
}

export async function addEvent(
  babyId: string,
  content: LogContent,
  now = Date.now(),
  id = randomId(),
): Promise<LogEvent> {
  const created = await stamp(now)
  const event = { ...content, id, babyId, createdAt: created, updatedAt: created, deleted: false } as LogEvent
  await write(event)
  return event
}

/** An edit; `babyId` moves an entry logged for the wrong twin to the other. */
export async function updateEvent(
  id: string,
  content: LogContent,
  now = Date.now(),
  babyId?: string,
): Promise<LogEvent> {
  const stored = await (await database()).logEvents.get(id)
  if (!stored) throw new Error(`No log event ${id}`)
  const { createdAt } = stored
  const event = {
    ...content,
    id,
    babyId: babyId ?? stored.babyId,
    createdAt,
    updatedAt: await stamp(now),
    deleted: false,
  } as LogEvent
  await write(event, stored)
  return event
}

/** A delete keeps a tombstone (for the partner's phone) and hands the event back for undo. */
export async function deleteEvent(id: string, now = Date.now()): Promise<LogEvent | null> {
  const stored = await (await database()).logEvents.get(id)
  if (!stored || stored.deleted) return null
  const event = await decodeLogEvent(stored)
  await (await database()).logEvents.put({ ...stored, deleted: true, updatedAt: await stamp(now) })
  return event
}

/** Undo: the tombstone comes back to life, as an edit newer than the delete. */
export async function restoreEvent(id: string, now = Date.now()): Promise<void> {
  const db = await database()
  const stored = await db.logEvents.get(id)
  if (!stored) return
  await db.logEvents.put({ ...stored, deleted: false, updatedAt: await stamp(now) })
}

/** Live events from an instant on, oldest first, read off the `at` index (a year of twins stays cheap). */
export async function eventsSince(since: number): Promise<LogEvent[]> {
  const rows = await (await database()).logEvents.where('at').aboveOrEqual(since).toArray()
  const live = rows.filter((row) => !row.deleted)
  return Promise.all(live.map(decodeLogEvent))
}

/**
 * Every weight ever logged, for the growth chart: it spans months, past the window the log keeps in
 * memory. Read off the kind index, so a live growth chart is not read again when a nappy is logged.
 */
export async function allWeights(): Promise<LogEvent[]> {
  const rows = (await (await database()).logEvents.where('kind').equals('weight').toArray()).filter(
    (row) => !row.deleted,
  )
  return Promise.all(rows.map(decodeLogEvent))
}

/**
 * The newest `limit` live events, of one baby when `babyId` is given, newest first. Read as a few
 * ranges of the `at` index, each widened fourfold from the last two days until enough are found or
 * the oldest entry is in: a range comes back in one piece, where walking an index backwards takes a
 * round trip per row (with twins, two per entry shown), so a year of entries costs about what a week does.
 */
export async function latestEvents(limit: number, babyId: string | null = null, now = Date.now()): Promise<LogEvent[]> {
  const db = await database()
  const oldest = await db.logEvents.orderBy('at').first()
  if (!oldest) return []
  const mine = (row: LogEventRow) => babyId === null || row.babyId === babyId
  for (let span = 2 * DAY_MS; ; span *= 4) {
    const from = now - span
    const rows = (await db.logEvents.where('at').aboveOrEqual(from).toArray()).filter(mine)
    const live = visibleEvents(rows)
    if (live.length >= limit || from <= oldest.at) return Promise.all(live.slice(0, limit).map(decodeLogEvent))
  }
}

/** Every record including tombstones, for backups and, later, syncing. */
export async function allLogRecords(): Promise<{ babies: Baby[]; events: LogEvent[] }> {
  const db = await database()
  const [babies, rows] = await Promise.all([db.babies.toArray(), db.logEvents.toArray()])
  return { babies, events: await Promise.all(rows.map(decodeLogEvent)) }
}
