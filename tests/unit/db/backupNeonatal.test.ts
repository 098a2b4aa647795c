import { describe, expect, it } from 'vitest'
import { eraseEverything, exportBackup, importBackup } from '@/db/backup'
import { loadProfile, saveProfile } from '@/db/profile'
import { checkBackup } from '@/domain/backupValidation'
import { emptyProfile } from '@/domain/profile'

const NOW = Date.UTC(2026, 10, 1)
const birth = { ...emptyProfile('SE'), birthAt: Date.UTC(2026, 9, 1, 4, 30), dueDate: '2026-11-20' }

function profileOf(text: string) {
  const result = checkBackup(text, NOW)
  if (!result.ok) throw new Error(`rejected: ${result.problem.code} at ${result.problem.path}`)
  return result.backup.profile
}

describe('neonatal care in an exported backup', () => {
  it('goes out in an exported file and comes back on restore', async () => {
    await saveProfile({ ...birth, neonatalCare: true })
    const { text } = await exportBackup(undefined, NOW)
    expect(profileOf(text)).toEqual({ ...birth, neonatalCare: true })
    await eraseEverything()
    const result = checkBackup(text, NOW)
    if (!result.ok) throw new Error('rejected')
    await importBackup(result.backup, 'replace', { now: NOW })
    expect(await loadProfile()).toEqual({ ...birth, neonatalCare: true })
  })

  it('writes nothing for it when the question was never answered', async () => {
    await saveProfile(birth)
    const { text } = await exportBackup(undefined, NOW)
    expect(Object.hasOwn(JSON.parse(text).profile, 'neonatalCare')).toBe(false)
  })
})
