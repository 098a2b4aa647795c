import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { database, useDatabaseNamed } from '@/db/connection'
import { loadDraft, saveDraft } from '@/db/drafts'
import { addEntry, moodPoints, pageEntries, updateEntry } from '@/db/journal'
import { JournalLockedError } from '@/db/journalCodec'
import { changePasscode, disableLock, enableLock, lockNow, resealOldShapeEntries, unlock } from '@/db/lock'
import { observeLive } from '@/db/live'
import { emptyDraft } from '@/domain/journal'
import { heldKey } from '@/db/keyring'
import type { JournalRow } from '@/db/rows'
import { CryptoFailure, seal, type Envelope } from '@/domain/crypto'
import { readEntry, storeOldShapeJournal } from '../../fixtures/db/journalEntries'

const content = {
  at: Date.UTC(2026, 3, 2, 3),
  mood: 2 as const,
  feelings: ['tearful' as const],
  helped: ['walk' as const],
  sleepHours: 3,
  text: 'MARKER-only-i-may-read',
  harmThoughts: true,
}

async function rawDump(): Promise<string> {
  const db = await database()
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())))
}

// Every derivation is 600,000 PBKDF2 rounds; on a busy machine a test needs more than the default time.
describe('the app lock', { timeout: 60_000 }, () => {
  it('encrypts existing and new entries and drafts at rest, keeping only the times readable', async () => {
    const { id } = await addEntry(content)
    await saveDraft('journal:new', { ...emptyDraft(), text: 'MARKER-draft' })
    await enableLock('2468')
    const later = await addEntry({ ...content, text: 'MARKER-written-while-unlocked' })
    const dump = await rawDump()
    expect(dump).not.toMatch(/MARKER|harmThoughts|walk|tearful|mood|feelings/)
    const db = await database()
    for (const row of [await db.journal.get(id), await db.journal.get(later.id)]) {
      expect(Object.keys(row!).sort()).toEqual(['at', 'createdAt', 'id', 'sealed', 'updatedAt'])
      expect(row).toMatchObject({ at: content.at, sealed: { v: 2, alg: 'AES-GCM-256' } })
    }
    expect(await readEntry(id)).toMatchObject(content)
    expect(await readEntry(later.id)).toMatchObject({ ...content, text: 'MARKER-written-while-unlocked' })
    expect(await loadDraft('journal:new')).toMatchObject({ text: 'MARKER-draft' })
  })

  it('hides the whole entry once locked, refuses writes, and opens only with the right passcode', async () => {
    const { id } = await addEntry(content)
    await enableLock('2468')
    lockNow()
    await expect(readEntry(id)).rejects.toThrow(JournalLockedError)
    expect(await pageEntries({ limit: 5 })).toEqual({ entries: [], next: null })
    expect(await moodPoints()).toEqual([])
    await expect(addEntry(content)).rejects.toThrow(/locked/)
    await expect(loadDraft('journal:new')).resolves.toBeNull()
    expect((await unlock('1111')).right).toBe(false)
    expect((await unlock('2468')).right).toBe(true)
    expect((await readEntry(id))!.text).toBe(content.text)
  })

  it('searches and filters by mood and feeling only once unlocked', async () => {
    await addEntry(content)
    await addEntry({ ...content, at: content.at + 60_000, mood: 4, feelings: ['calm'], text: 'a good day' })
    await enableLock('2468')
    const filtered = async () =>
      (await pageEntries({ limit: 5, filter: { text: '', moods: [2], feelings: ['tearful'] } })).entries.map(
        ({ text }) => text,
      )
    expect(await filtered()).toEqual([content.text])
    lockNow()
    expect(await filtered()).toEqual([])
    await unlock('2468')
    expect(await filtered()).toEqual([content.text])
  })

  it('re-runs live queries when locked and unlocked, so no readable text stays in memory', async () => {
    await addEntry(content)
    await enableLock('2468')
    const seen: string[] = []
    const stop = observeLive(async () => (await pageEntries({ limit: 5 })).entries[0]?.text ?? null, {
      next: (text) => seen.push(String(text)),
    })
    await vi.waitFor(() => expect(seen).toEqual([content.text]))
    lockNow()
    await vi.waitFor(() => expect(seen.at(-1)).toBe('null'))
    await unlock('2468')
    await vi.waitFor(() => expect(seen.at(-1)).toBe(content.text))
    stop()
  })

  it('re-encrypts under a new passcode; the old one no longer opens anything', async () => {
    const { id } = await addEntry(content)
    await enableLock('2468')
    const journalRows = async () => JSON.stringify(await (await database()).journal.toArray())
    const before = await journalRows()
    expect((await changePasscode('0000', '1357')).right).toBe(false)
    expect(await journalRows()).toBe(before)
    expect((await changePasscode('2468', '1357')).right).toBe(true)
    lockNow()
    expect((await unlock('2468')).right).toBe(false)
    expect((await unlock('1357')).right).toBe(true)
    expect((await readEntry(id))!.text).toBe(content.text)
  })

  it('stores everything readable again when the lock is removed with the passcode', async () => {
    await addEntry(content)
    await enableLock('2468')
    expect((await disableLock('9999')).right).toBe(false)
    expect((await disableLock('2468')).right).toBe(true)
    expect(await rawDump()).toContain('MARKER-only-i-may-read')
    const [row] = await (await database()).journal.toArray()
    expect(row).toMatchObject({ mood: 2, feelings: ['tearful'], helped: ['walk'], harmThoughts: true })
    expect(row).not.toHaveProperty('sealed')
    expect(await (await database()).table('appLock').count()).toBe(0)
  })

  it('leaves every row as it was when re-encryption fails to commit', async () => {
    await addEntry(content)
    const before = await rawDump()
    const db = await database()
    vi.spyOn(db.journal, 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    )
    await expect(enableLock('2468')).rejects.toThrow()
    expect(await rawDump()).toBe(before)
  })
})

describe('wrong passcodes on the lock screen', { timeout: 60_000 }, () => {
  const T = Date.UTC(2026, 3, 2, 3)

  it('make the next try wait longer and longer, and the wait survives a new connection', async () => {
    const { reconnect } = await import('@/db/connection')
    const { rememberLock } = await import('@/db/keyring')
    await enableLock('2468-right')
    lockNow()
    expect(await unlock('wrong-1', T)).toEqual({ right: false, retryAt: T })
    expect(await unlock('wrong-2', T)).toEqual({ right: false, retryAt: T })
    expect(await unlock('wrong-3', T)).toEqual({ right: false, retryAt: T + 5_000 })

    await reconnect()
    rememberLock(undefined as never)
    // Refused without looking at it, even when right, until the wait is over.
    expect(await unlock('2468-right', T + 4_999)).toEqual({ right: false, retryAt: T + 5_000 })
    expect(await unlock('wrong-4', T + 5_000)).toEqual({ right: false, retryAt: T + 15_000 })
    expect(await unlock('2468-right', T + 15_000)).toEqual({ right: true, retryAt: 0 })
    lockNow()
    expect(await unlock('wrong-again', T + 15_001)).toEqual({ right: false, retryAt: T + 15_001 })
  })

  it('count towards the same wait when changing or removing the lock, which then refuses even the right one', async () => {
    await enableLock('2468-right')
    expect(await changePasscode('wrong-1', 'river-lamp-quiet', T)).toEqual({ right: false, retryAt: T })
    expect(await disableLock('wrong-2', T)).toEqual({ right: false, retryAt: T })
    expect(await changePasscode('wrong-3', 'river-lamp-quiet', T)).toEqual({ right: false, retryAt: T + 5_000 })
    expect(await disableLock('2468-right', T + 4_999)).toEqual({ right: false, retryAt: T + 5_000 })
    expect(await unlock('2468-right', T + 4_999)).toEqual({ right: false, retryAt: T + 5_000 })
    expect(await (await database()).table('appLock').count()).toBe(1)

    expect(await changePasscode('2468-right', 'river-lamp-quiet', T + 5_000)).toEqual({ right: true, retryAt: 0 })
    lockNow()
    expect((await unlock('river-lamp-quiet', T + 5_001)).right).toBe(true)
  })

  it('still opens a lock made with an older four-digit passcode', async () => {
    await enableLock('2468')
    lockNow()
    expect((await unlock('2468')).right).toBe(true)
  })
})

describe('sealed parts on this device', { timeout: 60_000 }, () => {
  it('cannot be moved to another entry', async () => {
    const first = await addEntry(content)
    const second = await addEntry({ ...content, at: content.at + 60_000, text: 'the other one' })
    await enableLock('2468-right')
    const db = await database()
    const [a, b] = await Promise.all([db.journal.get(first.id!), db.journal.get(second.id!)])
    await db.journal.put({ ...a!, sealed: (b as { sealed: Envelope }).sealed } as JournalRow)
    await expect(readEntry(first.id!)).rejects.toThrow(CryptoFailure)
    expect((await readEntry(second.id!))!.text).toBe('the other one')
  })

  it('sealed before binding existed (version 1, mood and feelings beside) are still read', async () => {
    const { id } = await addEntry(content)
    await enableLock('2468-right')
    const db = await database()
    const row = (await db.journal.get(id!)) as JournalRow & { sealed: Envelope }
    // The row as the first lock wrote it: no binding, and mood and feelings readable beside the envelope.
    const { mood, feelings, at: _a, ...secret } = content
    const key = heldKey()!
    await db.journal.put({ ...row, mood, feelings, sealed: await seal(key, JSON.stringify(secret)) } as JournalRow)
    expect(((await db.journal.get(id!)) as { sealed: Envelope }).sealed.v).toBe(1)
    expect(await readEntry(id!)).toMatchObject(content)
  })
})

describe('rows an earlier lock sealed with mood and feelings beside the envelope', { timeout: 60_000 }, () => {
  const FILE = 'v2-locked-parts-bound-to-their-entries.json'
  const visibleKeys = ['at', 'createdAt', 'id', 'sealed', 'updatedAt']
  const rows = async () => (await database()).journal.orderBy('id').toArray()

  it('still read in full once unlocked, and show nothing while locked', async () => {
    const stored = await storeOldShapeJournal(FILE)
    await expect(readEntry(1)).rejects.toThrow(JournalLockedError)
    expect(await moodPoints()).toEqual([])
    expect((await unlock('2468')).right).toBe(true)
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual(stored.map(({ mood }) => mood))
    expect(await readEntry(1)).toMatchObject({ mood: 2, feelings: ['tearful', 'exhausted'] })
    expect((await pageEntries({ limit: 5 })).entries.map(({ text }) => text)).toContain('Nachtvoeding ging goed. 🌙')
  })

  it('are sealed again whole after an unlock, in one go, and only once', async () => {
    await storeOldShapeJournal(FILE)
    expect((await rows()).every((row) => 'mood' in row && 'feelings' in row)).toBe(true)
    await unlock('2468')
    const before = await Promise.all([1, 2, 3].map(readEntry))

    expect(await resealOldShapeEntries()).toBe(3)
    for (const row of await rows()) expect(Object.keys(row).sort()).toEqual(visibleKeys)
    expect(JSON.stringify(await rows())).not.toMatch(/mood|feelings|tearful|exhausted|calm|connected/)
    expect(await Promise.all([1, 2, 3].map(readEntry))).toEqual(before)
    expect(await (await database()).appLock.get('current')).toMatchObject({ wholeEntriesSealed: true })
    const after = JSON.stringify(await rows())
    expect(await resealOldShapeEntries()).toBe(0)
    expect(JSON.stringify(await rows())).toBe(after)

    lockNow()
    expect((await unlock('2468')).right).toBe(true)
    expect(await Promise.all([1, 2, 3].map(readEntry))).toEqual(before)
  })

  it('wait for the key: nothing is sealed again while locked', async () => {
    await storeOldShapeJournal(FILE)
    const before = JSON.stringify(await rows())
    expect(await resealOldShapeEntries()).toBe(0)
    expect(JSON.stringify(await rows())).toBe(before)
  })

  it('leave an entry edited meanwhile as that edit wrote it', async () => {
    await storeOldShapeJournal(FILE)
    await unlock('2468')
    const db = await database()
    const filter = db.journal.filter.bind(db.journal)
    // The edit lands after the old rows are read, while they are being sealed again.
    vi.spyOn(db.journal, 'filter').mockImplementationOnce(
      (test) =>
        ({
          toArray: async () => {
            const old = await filter(test).toArray()
            await updateEntry(2, { ...(await readEntry(2))!, text: 'edited meanwhile' })
            return old
          },
        }) as never,
    )
    expect(await resealOldShapeEntries()).toBe(2)
    expect((await readEntry(2))!.text).toBe('edited meanwhile')
    for (const row of await rows()) expect(Object.keys(row).sort()).toEqual(visibleKeys)
  })

  it('are sealed whole by changing the passcode, and opened with their mood by turning the lock off', async () => {
    await storeOldShapeJournal(FILE)
    expect((await changePasscode('2468', 'river-lamp-quiet')).right).toBe(true)
    for (const row of await rows()) expect(Object.keys(row).sort()).toEqual(visibleKeys)
    expect(await (await database()).appLock.get('current')).toMatchObject({ wholeEntriesSealed: true })

    await useDatabaseNamed('old-shape-turned-off')
    await storeOldShapeJournal(FILE)
    expect((await disableLock('2468')).right).toBe(true)
    const open = await rows()
    expect(open.map((row) => 'sealed' in row)).toEqual([false, false, false])
    expect(open).toMatchObject([
      { mood: 2, feelings: ['tearful', 'exhausted'] },
      { mood: 4, feelings: ['calm', 'connected'] },
      { mood: 3, feelings: [] },
    ])
    await useDatabaseNamed(`cocoon-after-${Date.now()}`)
    await Dexie.delete('old-shape-turned-off')
  })
})

describe('deleting while locked', { timeout: 60_000 }, () => {
  it('is refused before anything is deleted, as the entry could not be brought back', async () => {
    const { deleteEntry } = await import('@/db/journal')
    const { id } = await addEntry(content)
    await enableLock('2468-right')
    lockNow()
    await expect(deleteEntry(id)).rejects.toThrow(JournalLockedError)
    expect(await (await database()).journal.count()).toBe(1)
  })
})

describe('the mood chart with the lock on', { timeout: 60_000 }, () => {
  it('opens each envelope once while unlocked, again only for what changed, and forgets all on locking', async () => {
    const { id } = await addEntry(content)
    await addEntry({ ...content, at: content.at + 60_000, mood: 4 })
    await enableLock('2468-right')
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt')
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual([2, 4])
    expect(decrypt).toHaveBeenCalledTimes(2)
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual([2, 4])
    expect(decrypt).toHaveBeenCalledTimes(2)
    await updateEntry(id, { ...content, mood: 5 })
    // updateEntry opened the old row once; the chart opens only the new one.
    decrypt.mockClear()
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual([5, 4])
    expect(decrypt).toHaveBeenCalledTimes(1)
    lockNow()
    expect(await moodPoints()).toEqual([])
    await unlock('2468-right')
    decrypt.mockClear()
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual([5, 4])
    expect(decrypt).toHaveBeenCalledTimes(2)
  })

  it('never answers from memory for a part moved to another entry', async () => {
    const first = await addEntry(content)
    const second = await addEntry({ ...content, at: content.at + 60_000, mood: 4 })
    await enableLock('2468-right')
    expect((await moodPoints()).map(({ mood }) => mood)).toEqual([2, 4])
    const db = await database()
    const [a, b] = await Promise.all([db.journal.get(first.id), db.journal.get(second.id)])
    await db.journal.put({ ...a!, sealed: (b as { sealed: Envelope }).sealed } as JournalRow)
    await expect(moodPoints()).rejects.toThrow(CryptoFailure)
  })
})
