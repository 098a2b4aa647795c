import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkBackup } from '@/domain/backupValidation'
import { appliesTo, moments } from '@/domain/moments'
import { emptyProfile, type Profile } from '@/domain/profile'

const NOW = Date.UTC(2026, 10, 1)
const corpus = join(process.cwd(), 'tests/fixtures/backups')
const file = (folder: string, name: string) => JSON.parse(readFileSync(join(corpus, folder, name), 'utf8'))
const withProfile = (profile: Record<string, unknown>) =>
  JSON.stringify({ ...file('good', 'v2-readable-journal.json'), profile })
const birth = { ...emptyProfile('SE'), birthAt: Date.UTC(2026, 9, 1, 4, 30), dueDate: '2026-11-20' }

function profileOf(text: string): Profile | null {
  const result = checkBackup(text, NOW)
  if (!result.ok) throw new Error(`rejected: ${result.problem.code} at ${result.problem.path}`)
  return result.backup.profile
}

describe('neonatal care in a backup', () => {
  it('keeps a yes and a no as given', () => {
    expect(profileOf(withProfile({ ...birth, neonatalCare: true }))).toEqual({ ...birth, neonatalCare: true })
    expect(profileOf(withProfile({ ...birth, neonatalCare: false }))).toEqual({ ...birth, neonatalCare: false })
  })

  it('imports a file from before the question as no: the first-hour cards come back', () => {
    const old = file('good', 'v2-readable-journal.json')
    expect(Object.hasOwn(old.profile, 'neonatalCare')).toBe(false)
    const profile = profileOf(JSON.stringify(old))!
    expect(Object.hasOwn(profile, 'neonatalCare')).toBe(false)
    const skinToSkin = moments.find((moment) => moment.id === 'skinToSkin')!
    expect(appliesTo(skinToSkin, { ...profile, birthMode: 'vaginal' })).toBe(true)
  })

  it.each([
    ['"yes"', 'yes'],
    ['1', 1],
    ['null', null],
  ])('refuses %s for it, pointing at the field', (_label, value) => {
    expect(checkBackup(withProfile({ ...birth, neonatalCare: value }), NOW)).toEqual({
      ok: false,
      problem: { code: 'wrongType', path: 'profile.neonatalCare' },
    })
  })

  it('still refuses any other unknown profile field', () => {
    expect(checkBackup(withProfile({ ...birth, inNicu: true }), NOW)).toEqual({
      ok: false,
      problem: { code: 'unknownField', path: 'profile.inNicu' },
    })
  })

  it('reads the premature twins in the corpus with neonatal care on', () => {
    const result = checkBackup(
      readFileSync(join(corpus, 'good', 'v3-premature-twins-in-neonatal-care.json'), 'utf8'),
      NOW,
    )
    expect(result.ok && result.backup.profile?.neonatalCare).toBe(true)
    expect(result.ok && result.backup.babies).toHaveLength(2)
  })
})
