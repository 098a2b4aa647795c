import { describe, expect, it, vi } from 'vitest'
import { startFeed, type LogContent } from '@/domain/babyLog'
import { compareStamps, unpackStamp } from '@/domain/hlc'
import { eraseEverything } from '@/db/backup'
import { database } from '@/db/connection'
import { observeLive } from '@/db/live'
import { enableLock, disableLock, lockNow, unlock } from '@/db/lock'
import {
  addBaby,
  addEvent,
  allLogRecords,
  allWeights,
  deleteEvent,
  ensureBaby,
  eventsSince,
  latestEvents,
  listBabies,
  removeBaby,
  restoreEvent,
  updateEvent,
  updateBaby,
} from '@/db/log'

const T = Date.UTC(2026, 2, 4, 8, 0)
const DAY = 24 * 60 * 60 * 1000
const nappy: LogContent = { at: T, note: '', kind: 'nappy', contents: 'wet', stool: null }

describe('the log repository', () => {
  it('creates one baby on first use and keeps it', async () => {
    const first = await ensureBaby(T)
    expect(first.id).toMatch(/^[0-9a-f-]{32,36}$/)
    expect((await ensureBaby(T + 1)).id).toBe(first.id)
    const weighed = await updateBaby(first.id, { birthWeightGrams: 3450 }, T + 2)
    expect(weighed.birthWeightGrams).toBe(3450)
    expect(compareStamps(unpackStamp(weighed.updatedAt)!, unpackStamp(first.updatedAt)!)).toBeGreaterThan(0)
  })

  it('creates one baby when the first two entries are saved at once (a double tap on the first night)', async () => {
    const [a, b] = await Promise.all([ensureBaby(T), ensureBaby(T)])
    expect(a.id).toBe(b.id)
    expect(await listBabies()).toHaveLength(1)
  })

  it('gives every event a random id and stamps that order edits even within one millisecond', async () => {
    const baby = await ensureBaby(T)
    const a = await addEvent(baby.id, nappy, T)
    const b = await addEvent(baby.id, { ...nappy, at: T + 1 }, T)
    expect(a.id).not.toBe(b.id)
    expect(b.createdAt > a.createdAt).toBe(true)
    const edited = await updateEvent(a.id, { ...nappy, contents: 'both', stool: 'yellow' }, T)
    expect(edited.createdAt).toBe(a.createdAt)
    expect(edited.updatedAt > b.updatedAt).toBe(true)
    expect(unpackStamp(edited.updatedAt)!.deviceId).toBe(unpackStamp(a.updatedAt)!.deviceId)
  })

  it('keeps a deleted event as a tombstone and brings it back on undo', async () => {
    const baby = await ensureBaby(T)
    const event = await addEvent(baby.id, nappy, T)
    expect(await deleteEvent(event.id, T + 1)).toMatchObject({ id: event.id, kind: 'nappy' })
    expect(await eventsSince(T - 1)).toEqual([])
    const { events } = await allLogRecords()
    expect(events).toEqual([expect.objectContaining({ id: event.id, deleted: true })])
    expect(await deleteEvent(event.id, T + 2)).toBeNull()
    await restoreEvent(event.id, T + 3)
    expect((await eventsSince(T - 1)).map((found) => found.id)).toEqual([event.id])
  })

  it('keeps the sex the growth chart reads by, and takes it back', async () => {
    const baby = await ensureBaby(T)
    expect((await updateBaby(baby.id, { sex: 'female' }, T + 1)).sex).toBe('female')
    expect((await listBabies())[0]!.sex).toBe('female')
    expect((await updateBaby(baby.id, { sex: null }, T + 2)).sex).toBeNull()
  })

  it('reads every weight ever logged for the growth chart, however old, and no other kind', async () => {
    const baby = await ensureBaby(T)
    const old = await addEvent(baby.id, { at: T - 200 * 86_400_000, note: '', kind: 'weight', grams: 3400 }, T)
    const recent = await addEvent(baby.id, { at: T, note: '', kind: 'weight', grams: 6100 }, T)
    const gone = await addEvent(baby.id, { at: T - 1, note: '', kind: 'weight', grams: 6000 }, T)
    await addEvent(baby.id, nappy, T)
    await deleteEvent(gone.id, T)
    expect((await allWeights()).map((event) => event.id).sort()).toEqual([old.id, recent.id].sort())
  })

  it('does not read the weights again when a nappy is logged: with a year of entries every save waited behind that read', async () => {
    const baby = await ensureBaby(T)
    let weightReads = 0
    const stopWeights = observeLive(
      () => {
        weightReads++
        return allWeights()
      },
      { next: () => {} },
    )
    // A query every nappy touches: once it has seen the nappy, every affected query has been asked again.
    const seen: number[] = []
    const stopToday = observeLive(() => eventsSince(T - DAY), { next: (events) => seen.push(events.length) })
    await vi.waitFor(() => expect(seen).toEqual([0]))
    expect(weightReads).toBe(1)

    await addEvent(baby.id, nappy, T)
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1))
    expect(weightReads).toBe(1)

    await addEvent(baby.id, { at: T, note: '', kind: 'weight', grams: 3300 }, T)
    await vi.waitFor(() => expect(seen.at(-1)).toBe(2))
    expect(weightReads).toBe(2)
    stopWeights()
    stopToday()
  })

  it('reads the newest events of one baby, newest first, leaving out tombstones', async () => {
    const first = await ensureBaby(T)
    const second = await addBaby(null, T)
    const ids: string[] = []
    for (let index = 0; index < 6; index++) {
      const baby = index % 2 === 0 ? first : second
      ids.push((await addEvent(baby.id, { ...nappy, at: T + index * 60_000 }, T)).id)
    }
    await deleteEvent(ids[4]!, T + 1)
    expect((await latestEvents(2, first.id)).map((event) => event.id)).toEqual([ids[2], ids[0]])
    expect((await latestEvents(10, second.id)).map((event) => event.id)).toEqual([ids[5], ids[3], ids[1]])
    // Without a baby, every baby's: a single birth.
    expect((await latestEvents(3)).map((event) => event.id)).toEqual([ids[5], ids[3], ids[2]])
  })

  it('finds the newest events however sparse the log is, months back', async () => {
    const baby = await ensureBaby(T)
    // One a fortnight for half a year, then nothing for a month.
    const ats = Array.from({ length: 13 }, (_, index) => T - 30 * DAY - index * 14 * DAY)
    for (const at of ats) await addEvent(baby.id, { ...nappy, at }, T)
    expect((await latestEvents(3, null, T)).map((event) => event.at)).toEqual(ats.slice(0, 3))
    expect((await latestEvents(100, null, T)).map((event) => event.at)).toEqual(ats)
    expect(await latestEvents(5, 'another baby', T)).toEqual([])
  })

  it('reads events from an instant on', async () => {
    const baby = await ensureBaby(T)
    await addEvent(baby.id, { ...nappy, at: T - 10 }, T)
    const feed = await addEvent(baby.id, { at: T, note: '', ...startFeed('left', T) }, T)
    expect(await eventsSince(T)).toEqual([feed])
  })

  it('seals notes while the lock is on and reads them once unlocked', async () => {
    const baby = await ensureBaby(T)
    const before = await addEvent(baby.id, { ...nappy, note: 'Written before the lock' }, T)
    await enableLock('2468')
    const db = await database()
    expect(JSON.stringify(await db.logEvents.get(before.id))).not.toContain('Written before')
    const after = await addEvent(baby.id, { ...nappy, note: 'Sealed at once' }, T)
    expect(JSON.stringify(await db.logEvents.get(after.id))).not.toContain('Sealed at once')
    lockNow()
    // Behind the lock the counts still work, a note-less nappy can still be logged, and a note reads as sealed.
    const [first] = await eventsSince(T)
    expect(first).toMatchObject({ note: '', noteSealed: true })
    await addEvent(baby.id, nappy, T)
    await expect(addEvent(baby.id, { ...nappy, note: 'x' }, T)).rejects.toThrow('locked')
    // Changing an event behind the lock keeps the note it cannot read.
    await updateEvent(before.id, { ...nappy, contents: 'both', stool: 'yellow' }, T + 1)
    expect((await unlock('2468')).right).toBe(true)
    const notes = (await eventsSince(T)).map((event) => event.note).sort()
    expect(notes).toEqual(['', 'Sealed at once', 'Written before the lock'])
    expect((await disableLock('2468')).right).toBe(true)
    expect((await db.logEvents.get(after.id))?.note).toBe('Sealed at once')
  })

  it('is part of "Delete everything"', async () => {
    const baby = await ensureBaby(T)
    await addEvent(baby.id, nappy, T)
    await eraseEverything()
    const db = await database()
    expect([await db.babies.count(), await db.logEvents.count(), await db.syncState.count()]).toEqual([0, 0, 0])
  })
})

describe('twins and triplets in the repository', () => {
  it('adds a baby after the first one, with its colour and its own stamps', async () => {
    const second = await addBaby('sky', T)
    const babies = await listBabies()
    expect(babies).toHaveLength(2)
    expect(babies[1]).toEqual(second)
    expect(second).toMatchObject({ colour: 'sky', name: null, deleted: false })
    expect(compareStamps(unpackStamp(second.createdAt)!, unpackStamp(babies[0]!.createdAt)!)).toBeGreaterThan(0)
  })

  it('moves an entry to the other twin on an edit, and keeps its baby otherwise', async () => {
    const first = await ensureBaby(T)
    const second = await addBaby(null, T)
    const event = await addEvent(first.id, nappy, T)
    expect((await updateEvent(event.id, nappy, T + 1)).babyId).toBe(first.id)
    expect((await updateEvent(event.id, nappy, T + 2, second.id)).babyId).toBe(second.id)
    expect((await eventsSince(T - 1))[0]!.babyId).toBe(second.id)
  })

  it('removes a baby as a tombstone, with its entries, and leaves the other baby alone', async () => {
    const first = await ensureBaby(T)
    const second = await addBaby(null, T)
    const kept = await addEvent(first.id, nappy, T)
    const gone = await addEvent(second.id, nappy, T)
    await removeBaby(second.id, T + 1)
    expect((await listBabies()).map((baby) => baby.id)).toEqual([first.id])
    expect((await eventsSince(T - 1)).map((event) => event.id)).toEqual([kept.id])
    const records = await allLogRecords()
    expect(records.babies.find((baby) => baby.id === second.id)).toMatchObject({ deleted: true })
    const tombstone = records.events.find((event) => event.id === gone.id)!
    expect(tombstone.deleted).toBe(true)
    expect(tombstone.updatedAt > gone.updatedAt).toBe(true)
  })
})
