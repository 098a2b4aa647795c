import { describe, expect, it } from 'vitest'
import type { Baby } from '@/domain/babyLog'
import { buildBackup, serializeBackup, type BackupLogEvent } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import { packStamp } from '@/domain/hlc'

const NOW = Date.UTC(2026, 3, 5, 12)
const stamp = packStamp({ wallMs: NOW - 60_000, counter: 0, deviceId: 'device-abc' })
const baby: Baby = {
  id: 'baby-1',
  name: null,
  colour: null,
  birthWeightGrams: 3400,
  createdAt: stamp,
  updatedAt: stamp,
  deleted: false,
}
const nappy: BackupLogEvent = {
  id: 'event-1',
  babyId: 'baby-1',
  kind: 'nappy',
  contents: 'dirty',
  stool: 'yellow',
  at: NOW - 3_600_000,
  note: '',
  createdAt: stamp,
  updatedAt: stamp,
  deleted: false,
}
const base = { profile: null, settings: {}, lock: null, journal: [] }

describe('version 3 backups with the log', () => {
  it('take babies, events (tombstones too) and questions through a round trip and count the live events', () => {
    const gone = { ...nappy, id: 'event-2', deleted: true }
    const question = {
      id: 'q-1',
      text: 'Vitamin D?',
      askedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
      deleted: false,
    }
    const backup = buildBackup({ ...base, babies: [baby], logEvents: [nappy, gone], questions: [question] }, NOW)
    const result = checkBackup(serializeBackup(backup), NOW)
    expect(result).toEqual({ ok: true, backup, summary: expect.objectContaining({ logEvents: 1 }) })
  })

  it('refuses an event for a baby the file does not hold, naming the field', () => {
    const backup = buildBackup({ ...base, babies: [baby], logEvents: [{ ...nappy, babyId: 'baby-2' }] }, NOW)
    expect(checkBackup(serializeBackup(backup), NOW)).toEqual({
      ok: false,
      problem: { code: 'unknownValue', path: 'logEvents[0].babyId' },
    })
  })

  it('refuses a broken clock stamp and a stool on a wet-only nappy', () => {
    const badStamp = buildBackup({ ...base, babies: [{ ...baby, updatedAt: 'yesterday' }] }, NOW)
    expect(checkBackup(serializeBackup(badStamp), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'invalidDate', path: 'babies[0].updatedAt' },
    })
    const wet = buildBackup({ ...base, babies: [baby], logEvents: [{ ...nappy, contents: 'wet' }] }, NOW)
    expect(checkBackup(serializeBackup(wet), NOW)).toMatchObject({
      ok: false,
      problem: { code: 'outOfRange', path: 'logEvents[0].stool' },
    })
  })

  it('reads a version 2 file with an empty log', () => {
    const { babies: _b, logEvents: _e, questions: _q, ...v2 } = { ...buildBackup(base, NOW), version: 2 }
    const result = checkBackup(JSON.stringify(v2), NOW)
    expect(result).toMatchObject({ ok: true, backup: { babies: [], logEvents: [], questions: [] } })
  })
})
