import { describe, expect, it } from 'vitest'
import { localeFromPath, negotiateLocale } from '@/domain/locale'

describe('negotiateLocale', () => {
  const available = ['en', 'nl', 'sv']

  it('takes the first preferred language that is available', () => {
    expect(negotiateLocale(['de', 'sv', 'en'], available, 'en')).toBe('sv')
  })

  it('matches a regional tag to its base language', () => {
    expect(negotiateLocale(['nl-BE'], available, 'en')).toBe('nl')
    expect(negotiateLocale(['sv-FI', 'en-GB'], available, 'en')).toBe('sv')
  })

  it('ignores case', () => {
    expect(negotiateLocale(['SV-se'], available, 'en')).toBe('sv')
  })

  it('falls back when nothing matches or nothing is preferred', () => {
    expect(negotiateLocale(['fi', 'de-DE'], available, 'en')).toBe('en')
    expect(negotiateLocale([], available, 'en')).toBe('en')
  })
})

describe('localeFromPath', () => {
  it('reads the language from a locale file name', () => {
    expect(localeFromPath('../locales/sv.json')).toBe('sv')
    expect(localeFromPath('../locales/pt-BR.json')).toBe('pt-BR')
    expect(localeFromPath('../locales/readme.md')).toBeUndefined()
  })
})
