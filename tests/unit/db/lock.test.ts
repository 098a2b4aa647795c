import { describe, expect, it, vi } from 'vitest'
import { database } from '@/db/connection'
import { loadDraft, saveDraft } from '@/db/drafts'
import { addEntry, pageEntries } from '@/db/journal'
import { changePasscode, disableLock, enableLock, lockNow, unlock } from '@/db/lock'
import { observeLive } from '@/db/live'
import { emptyDraft } from '@/domain/journal'
import { readEntry } from '../../fixtures/db/journalEntries'

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

describe('the app lock', () => {
  it('encrypts existing and new entries and drafts at rest, keeping the indexed fields readable', async () => {
    const { id } = await addEntry(content)
    await saveDraft('journal:new', { ...emptyDraft(), text: 'MARKER-draft' })
    await enableLock('2468')
    await addEntry({ ...content, text: 'MARKER-written-while-unlocked' })
    const dump = await rawDump()
    expect(dump).not.toMatch(/MARKER|harmThoughts|walk/)
    const row = await (await database()).journal.get(id)
    expect(row).toMatchObject({ at: content.at, mood: 2, feelings: ['tearful'], sealed: { v: 1, alg: 'AES-GCM-256' } })
    expect(await readEntry(id)).toMatchObject(content)
    expect(await loadDraft('journal:new')).toMatchObject({ text: 'MARKER-draft' })
  })

  it('hides the text once locked, refuses writes, and opens only with the right passcode', async () => {
    const { id } = await addEntry(content)
    await enableLock('2468')
    lockNow()
    expect(await readEntry(id)).toMatchObject({ mood: 2, text: '', helped: [] })
    await expect(addEntry(content)).rejects.toThrow(/locked/)
    await expect(loadDraft('journal:new')).resolves.toBeNull()
    expect(await unlock('1111')).toBe(false)
    expect(await unlock('2468')).toBe(true)
    expect((await readEntry(id))!.text).toBe(content.text)
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
    await vi.waitFor(() => expect(seen.at(-1)).toBe(''))
    await unlock('2468')
    await vi.waitFor(() => expect(seen.at(-1)).toBe(content.text))
    stop()
  })

  it('re-encrypts under a new passcode; the old one no longer opens anything', async () => {
    const { id } = await addEntry(content)
    await enableLock('2468')
    const before = await rawDump()
    expect(await changePasscode('0000', '1357')).toBe(false)
    expect(await rawDump()).toBe(before)
    expect(await changePasscode('2468', '1357')).toBe(true)
    lockNow()
    expect(await unlock('2468')).toBe(false)
    expect(await unlock('1357')).toBe(true)
    expect((await readEntry(id))!.text).toBe(content.text)
  })

  it('stores everything readable again when the lock is removed with the passcode', async () => {
    await addEntry(content)
    await enableLock('2468')
    expect(await disableLock('9999')).toBe(false)
    expect(await disableLock('2468')).toBe(true)
    expect(await rawDump()).toContain('MARKER-only-i-may-read')
    expect((await database()).tables.find((table) => table.name === 'appLock')).toBeDefined()
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
