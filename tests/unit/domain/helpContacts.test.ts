import { describe, expect, it } from 'vitest'
import { languages, readLocale } from './localeTexts'
import { careServices, emergencyLine, helpLines, linesFor, linesForFlag } from '@/domain/helpContacts'
import { redFlag } from '@/domain/redFlags'
import { countries } from '@/domain/profile'

type HelpTexts = {
  lines: Record<string, { name: string; when: string }>
  services: Record<string, { name: string; when: string }>
  action: { sameDay: Record<'body' | 'mind', Record<string, string>>; contact: Record<string, string> }
}
const locales = Object.fromEntries(languages.map((language) => [language, readLocale<{ help: HelpTexts }>(language)]))

describe('help lines', () => {
  it('give every country exactly one emergency line', () => {
    for (const country of countries) {
      expect(
        helpLines[country].filter((line) => line.kind === 'emergency'),
        country,
      ).toHaveLength(1)
    }
  })

  it('use the fact sheet numbers for the emergency lines', () => {
    expect(countries.map((country) => emergencyLine(country).tel)).toEqual(['112', '112', '999', '112'])
  })

  it('dial digits only', () => {
    for (const line of Object.values(helpLines).flat()) expect(line.tel, line.id).toMatch(/^\d+$/)
  })

  it('dial the number they show', () => {
    for (const line of Object.values(helpLines).flat()) expect(line.number.replace(/\D/g, ''), line.id).toBe(line.tel)
  })

  it('have unique ids', () => {
    const ids = Object.values(helpLines)
      .flat()
      .map((line) => line.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(Object.keys(locales))('have a name and a when in %s, as do the care services and the actions', (language) => {
    const help = locales[language]!.help
    for (const line of Object.values(helpLines).flat()) {
      expect(help.lines[line.id]?.name, line.id).toMatch(/\S/)
      expect(help.lines[line.id]?.when, line.id).toMatch(/\S/)
    }
    for (const country of countries) {
      for (const service of careServices[country]) expect(help.services[service]?.name, service).toMatch(/\S/)
      expect(help.action.sameDay.body[country], country).toMatch(/\S/)
      expect(help.action.sameDay.mind[country], country).toMatch(/\S/)
      expect(help.action.contact[country], country).toMatch(/\S/)
    }
  })

  it('name the Dutch midwife and GP post instead of giving them a number', () => {
    expect(careServices.NL).toEqual(expect.arrayContaining(['nlVerloskundige', 'nlHuisarts']))
    expect(helpLines.NL.map((line) => line.tel)).toEqual(['112', '113', '08000113'])
  })
})

describe('linesFor', () => {
  it('offers only the emergency number for an emergency', () => {
    expect(linesFor('UK', 'emergency', 'body').map((line) => line.tel)).toEqual(['999'])
    expect(linesFor('SE', 'emergency', 'mind').map((line) => line.tel)).toEqual(['112'])
  })

  it('offers the advice line for an urgent body sign', () => {
    expect(linesFor('SE', 'sameDay', 'body').map((line) => line.tel)).toEqual(['1177'])
    expect(linesFor('UK', 'sameDay', 'body').map((line) => line.tel)).toEqual(['111'])
  })

  it('offers the mental-health lines for an urgent sign in the mind', () => {
    expect(linesFor('SE', 'sameDay', 'mind').map((line) => line.tel)).toEqual(['90101'])
    expect(linesFor('NL', 'sameDay', 'mind').map((line) => line.tel)).toEqual(['113', '08000113'])
    expect(linesFor('UK', 'sameDay', 'mind').map((line) => line.tel)).toEqual(['116123'])
  })

  it('offers no number where the country has no national line, so the texts name the service', () => {
    expect(linesFor('NL', 'sameDay', 'body')).toEqual([])
    expect(linesFor('other', 'sameDay', 'mind')).toEqual([])
    expect(linesFor('other', 'contact', 'mind')).toEqual([])
  })
})

describe('linesForFlag', () => {
  it('offers same-day medical help and the emergency number for possible psychosis, never a suicide line', () => {
    expect(linesForFlag('UK', redFlag('psychosis')).map((line) => line.tel)).toEqual(['111', '999'])
    expect(linesForFlag('SE', redFlag('psychosis')).map((line) => line.tel)).toEqual(['1177', '112'])
    expect(linesForFlag('NL', redFlag('psychosis')).map((line) => line.tel)).toEqual(['112'])
  })

  it('keeps the mental-health lines for thoughts of harm', () => {
    expect(linesForFlag('UK', redFlag('harmThoughts')).map((line) => line.tel)).toEqual(['116123'])
  })
})
