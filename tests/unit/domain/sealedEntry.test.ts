import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '@/domain/journal'
import {
  entryBinding,
  isOldShapeSealedEntry,
  joinEntry,
  secretOf,
  splitEntry,
  type SealedEntry,
} from '@/domain/sealedEntry'
import type { Envelope } from '@/domain/crypto'

const entry: JournalEntry = {
  id: 7,
  at: Date.UTC(2026, 3, 2, 3),
  mood: 1,
  feelings: ['tearful', 'lonely', 'overwhelmed'],
  helped: ['walk'],
  sleepHours: 2,
  text: 'A long night.',
  harmThoughts: false,
  createdAt: Date.UTC(2026, 3, 2, 3, 5),
  updatedAt: Date.UTC(2026, 3, 2, 4),
}
const envelope = { v: 2 } as unknown as Envelope

describe('splitting an entry for sealing', () => {
  it('keeps only the times readable and puts everything chosen or written in the secret part', () => {
    const { visible, secret } = splitEntry(entry)
    expect(visible).toEqual({ id: 7, at: entry.at, createdAt: entry.createdAt, updatedAt: entry.updatedAt })
    expect(secret).toEqual({
      mood: 1,
      feelings: ['tearful', 'lonely', 'overwhelmed'],
      helped: ['walk'],
      sleepHours: 2,
      text: 'A long night.',
      harmThoughts: false,
    })
  })

  it('joins back to the same entry, sharing no array with either part', () => {
    const { visible, secret } = splitEntry(entry)
    const joined = joinEntry(visible, secret)
    expect(joined).toEqual(entry)
    expect(joined.feelings).not.toBe(secret.feelings)
    expect(joined.helped).not.toBe(secret.helped)
    const { id: _id, ...withoutId } = entry
    expect(joinEntry(splitEntry(withoutId).visible, secret)).toEqual(withoutId)
  })
})

describe('rows sealed in the old shape', () => {
  const times = { id: 7, at: entry.at, createdAt: entry.createdAt, updatedAt: entry.updatedAt }

  it('are told apart by mood or feelings beside the envelope', () => {
    expect(isOldShapeSealedEntry({ ...times, sealed: envelope })).toBe(false)
    expect(isOldShapeSealedEntry({ ...times, mood: 1, feelings: [], sealed: envelope })).toBe(true)
    expect(isOldShapeSealedEntry({ ...entry })).toBe(false)
  })

  it('take mood and feelings from beside the envelope, unless the envelope holds them', () => {
    const old = { ...times, mood: 2, feelings: ['calm'], sealed: envelope } as SealedEntry
    const rest = { helped: [], sleepHours: null, text: 'x' }
    expect(secretOf(old, rest)).toEqual({ mood: 2, feelings: ['calm'], ...rest })
    expect(secretOf(old, { ...rest, mood: 4, feelings: [] })).toMatchObject({ mood: 4, feelings: [] })
    expect(secretOf({ ...times, sealed: envelope }, { ...rest, mood: 5, feelings: ['happy'] })).toMatchObject({
      mood: 5,
      feelings: ['happy'],
    })
  })
})

describe('the binding', () => {
  it('names the creation and the writing time, not the id', () => {
    expect(entryBinding(entry)).toBe(`entry|${entry.createdAt}|${entry.at}`)
  })
})
