import { describe, expect, it } from 'vitest'
import { exportBackup, importBackup } from '@/db/backup'
import { database, useDatabaseNamed } from '@/db/connection'
import { enableLock } from '@/db/lock'
import { addEvent, allLogRecords, ensureBaby, updateEvent } from '@/db/log'
import type { LogContent } from '@/domain/babyLog'
import type { BackupDocument } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import { deriveKey } from '@/domain/crypto'

const NOW = Date.UTC(2026, 3, 5, 12)
const HOUR = 3_600_000
const nappy = (at: number, note = ''): LogContent => ({ kind: 'nappy', contents: 'wet', stool: null, at, note })

function parse(text: string): BackupDocument {
  const result = checkBackup(text, NOW)
  if (!result.ok) throw new Error(`rejected: ${result.problem.code} at ${result.problem.path}`)
  return result.backup
}

let phones = 0

/** A backup from another phone: one baby, two nappies, one of them with a note. Then on to a new phone. */
async function backupFromAnotherPhone(passcode?: string): Promise<BackupDocument> {
  phones += 1
  await useDatabaseNamed(`other-phone-${phones}`)
  const baby = await ensureBaby(NOW - 10 * HOUR)
  await addEvent(baby.id, nappy(NOW - 5 * HOUR), NOW - 5 * HOUR, 'from-backup-1')
  await addEvent(baby.id, nappy(NOW - 4 * HOUR, 'MARKER-note-from-the-backup'), NOW - 4 * HOUR, 'from-backup-2')
  if (passcode) await enableLock(passcode)
  const backup = parse((await exportBackup(undefined, NOW)).text)
  await (await database()).delete()
  await useDatabaseNamed(`this-phone-${phones}`)
  return backup
}

const notes = async () => Object.fromEntries((await allLogRecords()).events.map((event) => [event.id, event.note]))
const storedText = async () => JSON.stringify(await (await database()).logEvents.toArray())

describe('restoring the baby’s log', { timeout: 60_000 }, () => {
  it('replace leaves only the backup’s log; merge keeps this phone’s events and the newer edit of each', async () => {
    const backup = await backupFromAnotherPhone()
    const baby = await ensureBaby(NOW - 9 * HOUR)
    await addEvent(baby.id, nappy(NOW - 3 * HOUR, 'only on this phone'), NOW - 3 * HOUR, 'this-phone-1')

    await importBackup(structuredClone(backup), 'merge', { now: NOW })
    expect(await notes()).toEqual({
      'from-backup-1': '',
      'from-backup-2': 'MARKER-note-from-the-backup',
      'this-phone-1': 'only on this phone',
    })

    await updateEvent('from-backup-2', nappy(NOW - 4 * HOUR, 'edited here later'), NOW)
    await importBackup(structuredClone(backup), 'merge', { now: NOW })
    expect((await notes())['from-backup-2']).toBe('edited here later')

    await importBackup(structuredClone(backup), 'replace', { now: NOW })
    expect(await notes()).toEqual({ 'from-backup-1': '', 'from-backup-2': 'MARKER-note-from-the-backup' })
  })

  it('seals a locked backup’s notes again with this phone’s own, different lock', async () => {
    const backup = await backupFromAnotherPhone('246810')
    expect(JSON.stringify(backup)).not.toContain('MARKER')
    await enableLock('135799')

    await importBackup(backup, 'merge', { backupKey: await deriveKey('246810', backup.lock!), now: NOW })
    expect(await storedText()).not.toContain('MARKER')
    expect((await notes())['from-backup-2']).toBe('MARKER-note-from-the-backup')
  })

  it('seals a readable backup’s notes when this phone is locked', async () => {
    const backup = await backupFromAnotherPhone()
    await enableLock('135799')
    await importBackup(backup, 'replace', { now: NOW })
    expect(await storedText()).not.toContain('MARKER')
    expect((await notes())['from-backup-2']).toBe('MARKER-note-from-the-backup')
  })

  it('seals this phone’s own notes when it takes over a locked backup’s lock', async () => {
    const backup = await backupFromAnotherPhone('246810')
    const baby = await ensureBaby(NOW - 9 * HOUR)
    await addEvent(baby.id, nappy(NOW - 3 * HOUR, 'MARKER-written-on-this-phone'), NOW - 3 * HOUR, 'this-phone-1')

    await importBackup(backup, 'merge', { backupKey: await deriveKey('246810', backup.lock!), now: NOW })
    expect(await storedText()).not.toContain('MARKER')
    expect((await notes())['this-phone-1']).toBe('MARKER-written-on-this-phone')
  })

  it('refuses a locked backup’s log without its passcode', async () => {
    const backup = await backupFromAnotherPhone('246810')
    const { journal: _journal, ...withoutJournalLock } = backup
    await expect(importBackup({ ...withoutJournalLock, journal: [] }, 'merge', { now: NOW })).rejects.toThrow(/locked/)
    expect(await notes()).toEqual({})
  })
})
