import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { erasureSummary, eraseEverything, exportBackup, importBackup } from '@/db/backup'
import { database, useDatabaseNamed } from '@/db/connection'
import { disableLock, enableLock, lockNow, unlock } from '@/db/lock'
import { addEvent, ensureBaby } from '@/db/log'
import {
  addQuestion,
  countOpenQuestions,
  deleteQuestion,
  editQuestion,
  listQuestions,
  markAsked,
  restoreQuestion,
} from '@/db/questions'
import type { BackupDocument } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import { deriveKey } from '@/domain/crypto'
import { compareStamps, unpackStamp } from '@/domain/hlc'

const NOW = Date.UTC(2026, 3, 5, 12)
const MINUTE = 60_000

const storedText = async () => JSON.stringify(await (await database()).questions.toArray())
const texts = async () => (await listQuestions()).map((question) => question.text)

function parse(text: string): BackupDocument {
  const result = checkBackup(text, NOW)
  if (!result.ok) throw new Error(`rejected: ${result.problem.code} at ${result.problem.path}`)
  return result.backup
}

describe('the care-visit questions in the database', () => {
  it('adds, edits, ticks off and unticks, oldest first, and counts only those still to ask', async () => {
    const first = await addQuestion('Is the jaundice going down?', NOW)
    await addQuestion('How much should she drink?', NOW + MINUTE)
    expect(await texts()).toEqual(['Is the jaundice going down?', 'How much should she drink?'])
    expect(await countOpenQuestions()).toBe(2)

    await editQuestion(first.id, 'Is the yellow colour going down?', NOW + 2 * MINUTE)
    await markAsked(first.id, NOW + 3 * MINUTE, NOW + 3 * MINUTE)
    const [edited] = await listQuestions()
    expect(edited).toMatchObject({ text: 'Is the yellow colour going down?', askedAt: NOW + 3 * MINUTE })
    expect(await countOpenQuestions()).toBe(1)

    await markAsked(first.id, null, NOW + 4 * MINUTE)
    expect(await countOpenQuestions()).toBe(2)
  })

  it('deletes as a tombstone with a later stamp, and an undo brings the question back', async () => {
    const question = await addQuestion('Can I take ibuprofen?', NOW)
    const deleted = await deleteQuestion(question.id, NOW + MINUTE)
    expect(deleted?.text).toBe('Can I take ibuprofen?')
    expect(await texts()).toEqual([])
    const tombstone = await (await database()).questions.get(question.id)
    expect(tombstone?.deleted).toBe(true)
    expect(compareStamps(unpackStamp(tombstone!.updatedAt)!, unpackStamp(question.updatedAt)!)).toBe(1)
    expect(await countOpenQuestions()).toBe(0)

    await restoreQuestion(question.id, NOW + 2 * MINUTE)
    expect(await texts()).toEqual(['Can I take ibuprofen?'])
  })

  it('stamps questions after the log’s records on the same clock', async () => {
    const baby = await ensureBaby(NOW)
    const event = await addEvent(baby.id, { kind: 'nappy', contents: 'wet', stool: null, at: NOW, note: '' }, NOW)
    // The wall clock went back: the stamp still follows the newest one stored.
    const question = await addQuestion('Why the hiccups?', NOW - 10 * MINUTE)
    expect(compareStamps(unpackStamp(question.createdAt)!, unpackStamp(event.updatedAt)!)).toBe(1)
  })
})

describe('the questions behind the lock', { timeout: 60_000 }, () => {
  it('seals the text when the lock goes on, hides it while locked, still ticks, and opens it again', async () => {
    const question = await addQuestion('MARKER about the stitches', NOW)
    await enableLock('246810')
    expect(await storedText()).not.toContain('MARKER')
    expect(await texts()).toEqual(['MARKER about the stitches'])

    await addQuestion('MARKER asked while unlocked', NOW + MINUTE)
    expect(await storedText()).not.toContain('MARKER')

    lockNow()
    const hidden = await listQuestions()
    expect(hidden.map((item) => [item.text, item.textSealed])).toEqual([
      ['', true],
      ['', true],
    ])
    await markAsked(question.id, NOW + 2 * MINUTE, NOW + 2 * MINUTE)
    await expect(addQuestion('written while locked', NOW + 3 * MINUTE)).rejects.toThrow(/locked/)

    await unlock('246810')
    expect(await texts()).toEqual(['MARKER about the stitches', 'MARKER asked while unlocked'])
    expect((await listQuestions())[0]!.askedAt).toBe(NOW + 2 * MINUTE)

    await disableLock('246810')
    expect(await storedText()).toContain('MARKER about the stitches')
  })

  it('keeps a deleted question’s text under the new key, so an undo after a passcode change reads', async () => {
    const question = await addQuestion('MARKER deleted then undone', NOW)
    await deleteQuestion(question.id, NOW + MINUTE)
    await enableLock('246810')
    expect(await storedText()).not.toContain('MARKER')
    await restoreQuestion(question.id, NOW + 2 * MINUTE)
    expect(await texts()).toEqual(['MARKER deleted then undone'])
  })
})

let phones = 0
async function questionsFromAnotherPhone(passcode?: string): Promise<BackupDocument> {
  phones += 1
  await useDatabaseNamed(`questions-other-phone-${phones}`)
  await addQuestion('MARKER from the other phone', NOW, 'from-backup-1')
  const gone = await addQuestion('deleted over there', NOW, 'from-backup-2')
  await deleteQuestion(gone.id, NOW + MINUTE)
  if (passcode) await enableLock(passcode)
  const backup = parse((await exportBackup(undefined, NOW)).text)
  await (await database()).delete()
  await useDatabaseNamed(`questions-this-phone-${phones}`)
  return backup
}

describe('the questions in backups and “Delete everything”', { timeout: 60_000 }, () => {
  it('travel with their tombstones through a readable backup', async () => {
    const backup = await questionsFromAnotherPhone()
    expect(backup.questions).toHaveLength(2)
    await importBackup(backup, 'merge', { now: NOW })
    expect(await texts()).toEqual(['MARKER from the other phone'])
    expect((await (await database()).questions.get('from-backup-2'))?.deleted).toBe(true)
  })

  it('come in from the corpus’s format-3 file, asked ones still ticked, and are sealed on a locked phone', async () => {
    const text = readFileSync('tests/fixtures/backups/good/v3-twins-log-with-tombstone-and-questions.json', 'utf8')
    const backup = checkBackup(text, Date.UTC(2026, 5, 1))
    if (!backup.ok) throw new Error(backup.problem.code)
    await enableLock('135799')
    await importBackup(backup.backup, 'replace', { now: NOW })
    expect(await storedText()).not.toContain('vitamin D')
    const restored = await listQuestions()
    expect(restored.map((item) => [item.text, item.askedAt])).toEqual([
      ['When do we start vitamin D?', null],
      ['Is the yellow tint normal?', 1775260800000],
    ])
    expect(await countOpenQuestions()).toBe(1)
  })

  it('seal a locked backup’s questions again under this phone’s own lock', async () => {
    const backup = await questionsFromAnotherPhone('246810')
    expect(JSON.stringify(backup)).not.toContain('MARKER')
    await enableLock('135799')
    await importBackup(backup, 'merge', { backupKey: await deriveKey('246810', backup.lock!), now: NOW })
    expect(await storedText()).not.toContain('MARKER')
    expect(await texts()).toEqual(['MARKER from the other phone'])
  })

  it('open a locked backup’s questions on a phone without a lock that takes it over, sealing its own', async () => {
    const backup = await questionsFromAnotherPhone('246810')
    await addQuestion('MARKER written on this phone', NOW + MINUTE, 'this-phone-1')
    await importBackup(backup, 'merge', { backupKey: await deriveKey('246810', backup.lock!), now: NOW })
    expect(await storedText()).not.toContain('MARKER')
    expect((await texts()).sort()).toEqual(['MARKER from the other phone', 'MARKER written on this phone'])
  })

  it('refuse a locked backup’s questions without its passcode', async () => {
    const backup = await questionsFromAnotherPhone('246810')
    await expect(importBackup({ ...backup, journal: [] }, 'merge', { now: NOW })).rejects.toThrow(/locked/)
    expect(await texts()).toEqual([])
  })

  it('are all gone after “Delete everything”, tombstones too', async () => {
    await addQuestion('to be erased', NOW)
    const gone = await addQuestion('deleted', NOW)
    await deleteQuestion(gone.id, NOW)
    // "Delete everything" names them before it goes ahead.
    expect((await erasureSummary()).questions).toBe(1)
    await eraseEverything()
    expect(await (await database()).questions.count()).toBe(0)
  })
})
