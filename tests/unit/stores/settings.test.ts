import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { importBackup } from '@/db/backup'
import { checkBackup } from '@/domain/backupValidation'
import { chosenLocale, i18n } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'

const NOW = Date.UTC(2026, 10, 1)

describe('the language after restoring a backup', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('follows the browser when the backup names a language Cocoon does not have', async () => {
    const file = readFileSync(join(process.cwd(), 'tests/fixtures/backups/good/v2-language-this-app-lacks.json'))
    const result = checkBackup(new Uint8Array(file), NOW)
    if (!result.ok) throw new Error(result.problem.code)
    await importBackup(result.backup, 'replace', { now: NOW })
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-BE', 'en'])

    const settings = useSettingsStore()
    await settings.load()
    expect(settings.settings.locale).toBe('tlh-x-klingon')
    expect(settings.locale).toBe('nl')
    expect(i18n.global.locale.value).toBe('nl')
  })

  it('keeps a language Cocoon has, or its base language, before the browser’s', () => {
    expect(chosenLocale('sv', ['nl'])).toBe('sv')
    expect(chosenLocale('sv-FI', ['nl'])).toBe('sv')
    expect(chosenLocale(null, ['nl-BE'])).toBe('nl')
    expect(chosenLocale('tlh-x-klingon', ['fr', 'de'])).toBe('en')
  })
})
