import { describe, expect, it, vi } from 'vitest'
import { databaseExists, probeStorage } from '@/db/connection'
import { loadProfile, saveProfile } from '@/db/profile'
import { loadSettings, saveSetting } from '@/db/settings'
import { emptyProfile } from '@/domain/profile'
import { defaultSettings } from '@/domain/settings'

describe('profile repository', () => {
  it('has no profile before the first save', async () => {
    expect(await loadProfile()).toBeNull()
  })

  it('returns what was saved, replacing the previous profile', async () => {
    await saveProfile({ ...emptyProfile('NL'), dueDate: '2026-06-01' })
    const born = { ...emptyProfile('NL'), birthAt: Date.UTC(2026, 5, 2, 4, 15), epidural: true }
    await saveProfile(born)
    expect(await loadProfile()).toEqual(born)
  })
})

describe('a first visit', () => {
  it('reads no profile and default settings without creating the database', async () => {
    expect(await loadProfile()).toBeNull()
    expect(await loadSettings()).toEqual(defaultSettings)
    expect(await databaseExists()).toBe(false)
  })

  it('knows the database exists once something was saved', async () => {
    await saveSetting('theme', 'night')
    expect(await databaseExists()).toBe(true)
  })

  it('asks whether storage works without creating the database', async () => {
    const before = (await indexedDB.databases()).map((info) => info.name)
    await probeStorage()
    expect((await indexedDB.databases()).map((info) => info.name)).toEqual(before)
    expect(await databaseExists()).toBe(false)
  })

  it("hands on the browser's refusal to store anything", async () => {
    const refusal = new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    )
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw refusal
    })
    await expect(probeStorage()).rejects.toBe(refusal)
  })

  it('opens the database when the browser cannot list databases', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new DOMException('Not allowed', 'SecurityError'))
    expect(await databaseExists()).toBe(true)
    expect(await loadSettings()).toEqual(defaultSettings)
  })
})

describe('settings repository', () => {
  it('fills in defaults for settings never saved', async () => {
    expect(await loadSettings()).toEqual(defaultSettings)
  })

  it('keeps each saved setting', async () => {
    await saveSetting('locale', 'nl')
    await saveSetting('theme', 'dark')
    expect(await loadSettings()).toEqual({ ...defaultSettings, locale: 'nl', theme: 'dark' })
  })
})
