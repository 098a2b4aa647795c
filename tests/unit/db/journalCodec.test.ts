import { describe, expect, it } from 'vitest'
import { decodeEntryWith, encodeEntryWith, JournalLockedError } from '@/db/journalCodec'
import { CryptoFailure, deriveKey, newKdfParams, open, type Envelope } from '@/domain/crypto'
import type { JournalEntry } from '@/domain/journal'
import { entryBinding } from '@/domain/sealedEntry'

const entry: JournalEntry = {
  id: 3,
  at: Date.UTC(2026, 3, 2, 3),
  mood: 1,
  feelings: ['tearful', 'lonely', 'overwhelmed'],
  helped: ['rest'],
  sleepHours: 3,
  text: 'Cried in the shower.',
  harmThoughts: true,
  createdAt: Date.UTC(2026, 3, 2, 3, 1),
  updatedAt: Date.UTC(2026, 3, 2, 3, 2),
}

describe('the journal codec', { timeout: 30_000 }, () => {
  it('seals everything but the times, bound to the entry, and reads it back the same', async () => {
    const key = await deriveKey('river-lamp-quiet', newKdfParams())
    const row = await encodeEntryWith(entry, key)
    expect(Object.keys(row).sort()).toEqual(['at', 'createdAt', 'id', 'sealed', 'updatedAt'])
    expect(JSON.stringify(row)).not.toMatch(/mood|feelings|tearful|rest|shower|harm/)
    const sealed = (row as { sealed: Envelope }).sealed
    expect(JSON.parse(await open(key, sealed, entryBinding(entry)))).toMatchObject({ mood: 1, text: entry.text })
    expect(await decodeEntryWith(row, key)).toEqual(entry)
  })

  it('leaves an entry as it is without a lock', async () => {
    const row = await encodeEntryWith(entry, null)
    expect(row).toEqual(entry)
    expect(await decodeEntryWith(row, null)).toEqual(entry)
  })

  it('refuses to make up an entry from a sealed row without the key', async () => {
    const key = await deriveKey('river-lamp-quiet', newKdfParams())
    await expect(decodeEntryWith(await encodeEntryWith(entry, key), null)).rejects.toThrow(JournalLockedError)
  })

  it('refuses a sealed part moved to another time', async () => {
    const key = await deriveKey('river-lamp-quiet', newKdfParams())
    const row = await encodeEntryWith(entry, key)
    await expect(decodeEntryWith({ ...row, at: row.at + 1 }, key)).rejects.toThrow(CryptoFailure)
  })
})
