import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeBackup } from '@/domain/backup'
import { backupErrorCodes, checkBackup } from '@/domain/backupValidation'

const corpus = join(process.cwd(), 'tests/fixtures/backups')
const NOW = Date.UTC(2026, 10, 1)
const badFiles = readdirSync(join(corpus, 'bad')).sort()
const goodFiles = readdirSync(join(corpus, 'good')).sort()

function bytes(folder: 'bad' | 'good', name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(corpus, folder, name)))
}

describe('the bad backup corpus', () => {
  it('holds at least 50 files, each named after a known error code', () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(50)
    for (const name of badFiles) expect(backupErrorCodes, name).toContain(name.split('--')[0])
  })

  it.each(badFiles)('rejects %s with the error its name gives', (name) => {
    const result = checkBackup(bytes('bad', name), NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.code).toBe(name.split('--')[0])
  })

  it.each(badFiles)('rejects %s read as text too', (name) => {
    expect(checkBackup(new TextDecoder().decode(bytes('bad', name)), NOW).ok).toBe(false)
  })
})

describe('the good backup corpus', () => {
  it.each(goodFiles)('accepts %s and it survives a round trip', (name) => {
    const result = checkBackup(bytes('good', name), NOW)
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) return
    const again = checkBackup(serializeBackup(result.backup), NOW)
    expect(again).toEqual({ ok: true, backup: result.backup, summary: { ...result.summary, version: 3 } })
  })
})

describe('the unreadable backup corpus', () => {
  const unreadableFiles = readdirSync(join(corpus, 'unreadable')).sort()

  // Only opening the sealed parts with the passcode finds what is wrong (tests/unit/db/backup.test.ts).
  it.each(unreadableFiles)('passes the check without the passcode: %s', (name) => {
    expect(checkBackup(new Uint8Array(readFileSync(join(corpus, 'unreadable', name))), NOW)).toMatchObject({ ok: true })
  })
})
