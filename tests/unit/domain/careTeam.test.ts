import { describe, expect, it } from 'vitest'
import { buildBackup, serializeBackup } from '@/domain/backup'
import { checkBackup } from '@/domain/backupValidation'
import {
  careKindsFor,
  contactForService,
  isCareContact,
  orderedCareTeam,
  telOf,
  type CareContact,
} from '@/domain/careTeam'
import { countries } from '@/domain/profile'
import { languages, readLocale } from './localeTexts'

const NOW = Date.parse('2026-03-04T08:00:00Z')

function backupWith(careTeam: unknown): string {
  const backup = buildBackup({ profile: null, settings: {}, lock: null, journal: [] }, NOW)
  return serializeBackup({ ...backup, settings: { careTeam } } as typeof backup)
}

describe('care team', () => {
  it('offers each country the kinds its families meet', () => {
    expect(careKindsFor.NL).toEqual(expect.arrayContaining(['verloskundige', 'kraamzorg', 'huisartsenpost']))
    expect(careKindsFor.SE).toEqual(expect.arrayContaining(['bvc', 'bmm']))
    expect(careKindsFor.UK).toEqual(expect.arrayContaining(['healthVisitor', 'midwife', 'maternityTriage']))
    for (const country of countries) expect(careKindsFor[country].at(-1), country).toBe('other')
  })

  it.each(languages)('names every kind and has an intro for every country in %s', (language) => {
    const texts = readLocale<{ careTeam: { kinds: Record<string, string>; intro: Record<string, string> } }>(language)
    for (const country of countries) {
      expect(texts.careTeam.intro[country], country).toMatch(/\S/)
      for (const kind of careKindsFor[country]) expect(texts.careTeam.kinds[kind], kind).toMatch(/\S/)
    }
  })

  it('dials digits and a leading +, and refuses what is not a phone number', () => {
    expect(telOf('020 - 123 45 67')).toBe('0201234567')
    expect(telOf(' +31 (0)20 1234567 ')).toBe('+310201234567')
    expect(telOf('12')).toBeNull()
    expect(telOf('call me')).toBeNull()
    expect(telOf('12+34')).toBeNull()
    expect(telOf('')).toBeNull()
  })

  it('orders the saved contacts by the country, first saved first', () => {
    const team: CareContact[] = [
      { kind: 'huisartsenpost', label: '', number: '0900 1234' },
      { kind: 'other', label: 'Lactatiekundige', number: '06 1234 5678' },
      { kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' },
    ]
    expect(orderedCareTeam(team, 'NL').map((contact) => contact.kind)).toEqual([
      'verloskundige',
      'huisartsenpost',
      'other',
    ])
  })

  it('accepts only well-formed contacts', () => {
    expect(isCareContact({ kind: 'bvc', label: '', number: '08-123 456' })).toBe(true)
    expect(isCareContact({ kind: 'doula', label: '', number: '08-123 456' })).toBe(false)
    expect(isCareContact({ kind: 'bvc', label: '', number: 'abc' })).toBe(false)
    expect(isCareContact({ kind: 'bvc', label: 'x'.repeat(61), number: '123' })).toBe(false)
    expect(isCareContact({ kind: 'bvc', label: '', number: '123', extra: 1 })).toBe(false)
  })

  it('travels in a backup and is checked on the way back', () => {
    const team = [{ kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' }]
    const read = checkBackup(backupWith(team), NOW)
    expect(read.ok && read.backup.settings.careTeam).toEqual(team)
    const bad = checkBackup(backupWith([{ kind: 'verloskundige', label: '', number: 'javascript:alert(1)' }]), NOW)
    expect(bad.ok).toBe(false)
    expect(checkBackup(backupWith('020 123'), NOW).ok).toBe(false)
  })
})

describe("the care team's number for a care service", () => {
  const team: CareContact[] = [
    { kind: 'verloskundige', label: 'De Wieg', number: '020 123 4567' },
    { kind: 'gp', label: '', number: 'not a number' },
  ]

  it('finds the saved kind that answers for the service', () => {
    expect(contactForService(team, 'nlVerloskundige')).toEqual(team[0])
  })

  it('finds nothing for a service with no saved kind, or a number that cannot be dialled', () => {
    expect(contactForService(team, 'nlConsultatiebureau')).toBeUndefined()
    expect(contactForService(team, 'nlHuisarts')).toBeUndefined()
    expect(contactForService(team, 'seBvc')).toBeUndefined()
  })
})
