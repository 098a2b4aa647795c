import { describe, expect, it } from 'vitest'
import { languages, readLocale } from './localeTexts'
import { countries } from '@/domain/profile'
import { redFlag, redFlags, redFlagSources, redFlagsFor, redFlagTextKeys, type Urgency } from '@/domain/redFlags'

const mostUrgentFirst: readonly Urgency[] = ['emergency', 'sameDay', 'contact']

const locales = Object.fromEntries(
  languages.map((language) => [language, readLocale<Record<string, unknown>>(language)]),
)

function text(language: string, key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locales[language])
  return typeof value === 'string' ? value : undefined
}

describe('red flags', () => {
  it('have unique ids', () => {
    expect(new Set(redFlags.map((flag) => flag.id)).size).toBe(redFlags.length)
  })

  it.each(Object.keys(locales))(
    'each has a title, the signs, a short form and what they can mean for every country in %s',
    (language) => {
      for (const flag of redFlags) {
        for (const country of countries) {
          for (const key of Object.values(redFlagTextKeys(flag, country)))
            expect(text(language, key), key).toMatch(/\S/)
        }
      }
    },
  )

  // That the sources are on the list, and each urgency a known one, the types already guarantee.
  it('each names at least one source', () => {
    for (const flag of redFlags) expect(flag.sources.length, flag.id).toBeGreaterThan(0)
  })

  it('cover both the mother and the baby, emergencies first', () => {
    for (const who of ['mother', 'baby'] as const) {
      const ranks = redFlagsFor(who, 'UK').map((flag) => mostUrgentFirst.indexOf(flag.urgency))
      expect(ranks.length).toBeGreaterThan(0)
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      expect(redFlagsFor(who, 'UK').every((flag) => flag.who === who)).toBe(true)
    }
  })

  it('send the baby signs that cannot wait straight to the emergency number', () => {
    const emergencies = redFlagsFor('baby', 'SE')
      .filter((flag) => flag.urgency === 'emergency')
      .map((flag) => flag.id)
    expect(emergencies).toEqual(['babyBreathing', 'babyUnresponsive', 'babyFit', 'babyRash', 'babyGreenVomit'])
  })

  it('treat feeling very unwell (possible sepsis) as an emergency', () => {
    expect(redFlag('sepsis').urgency).toBe('emergency')
  })

  it('hold "no wet nappy" at every age, and "no stool" only in the first weeks', () => {
    expect(redFlag('babyNoNappies').within).toBeUndefined()
    for (const language of languages) {
      const signs = text(language, 'redFlags.babyNoNappies.signs')!
      expect(signs, language).toMatch(/3 (weeks|veckorna|weken)/)
    }
  })

  it('give possible psychosis its own route, not the suicide lines', () => {
    expect(redFlag('psychosis').route).toBe('psychosis')
    expect(redFlag('mastitis').route).toBe('mastitis')
  })
})

describe('red flags per country', () => {
  it("show the Dutch midwives' 36.5–37.5 °C rule in the Netherlands only", () => {
    expect(redFlagsFor('baby', 'NL').map((flag) => flag.id)).toContain('babyTemperature')
    for (const country of ['SE', 'UK', 'other'] as const)
      expect(
        redFlagsFor('baby', country).map((flag) => flag.id),
        country,
      ).not.toContain('babyTemperature')
  })

  it.each(languages)('give the Dutch bleeding limits in NL and the British ones in the UK, in %s', (language) => {
    const flag = redFlag('heavyBleeding')
    const nl = text(language, redFlagTextKeys(flag, 'NL').signs)!
    const uk = text(language, redFlagTextKeys(flag, 'UK').signs)!
    expect(nl).toMatch(/30 (minutes|minuter)|half uur/)
    expect(nl).toMatch(/fist|knytnäve|vuist/)
    expect(uk).toMatch(/50p/)
    for (const country of ['SE', 'UK', 'other'] as const) {
      const signs = text(language, redFlagTextKeys(flag, country).signs)!
      expect(signs, country).not.toMatch(/30 (minutes|minuter)|half uur|fist|knytnäve|vuist/)
    }
    for (const country of ['SE', 'NL', 'other'] as const)
      expect(text(language, redFlagTextKeys(flag, country).signs), country).not.toMatch(/50p/)
  })

  it.each(languages)('say "under 8 weeks and very worried: 999" in the UK only, in %s', (language) => {
    expect(text(language, 'help.veryWorried.UK')).toMatch(/8/)
    for (const country of ['SE', 'NL', 'other'] as const)
      expect(text(language, `help.veryWorried.${country}`), country).not.toMatch(/8/)
    expect(text(language, 'help.veryWorried.SE')).toMatch(/1177/)
    expect(text(language, 'help.veryWorried.NL')).toMatch(/huisartsenpost/)
  })

  it.each(languages)("route mastitis to each country's own service in %s", (language) => {
    expect(text(language, 'help.action.mastitis.UK')).toMatch(/GP|husläkare|huisarts/)
    expect(text(language, 'help.action.mastitis.SE')).toMatch(/amningsmottagning/)
    expect(text(language, 'help.action.mastitis.SE')).toMatch(/1177/)
    expect(text(language, 'help.action.mastitis.NL')).toMatch(/verloskundige/)
    expect(text(language, 'help.action.mastitis.NL')).toMatch(/huisarts/)
  })

  it.each(languages)('name the Dutch JGZ guideline on mastitis in NL only, in %s', (language) => {
    const flag = redFlag('mastitis')
    expect(text(language, redFlagTextKeys(flag, 'NL').signs)).toMatch(/JGZ/)
    for (const country of ['SE', 'UK', 'other'] as const) {
      const signs = text(language, redFlagTextKeys(flag, country).signs)!
      expect(signs, country).not.toMatch(/JGZ|2015|richtlijn|riktlinje|guideline/i)
      expect(signs, country).toMatch(/massage/)
    }
    // The short form on the cards is the same everywhere.
    expect(redFlagTextKeys(flag, 'NL').short).toBe(redFlagTextKeys(flag, 'UK').short)
    expect(redFlagSources(flag, 'NL')).toContain('S61')
    for (const country of ['SE', 'UK', 'other'] as const)
      expect(redFlagSources(flag, country), country).not.toContain('S61')
  })

  it.each(languages)('route possible psychosis per country, spoken to the partner, in %s', (language) => {
    const routes = { UK: /111/, SE: /psykiatrisk akutmottagning/, NL: /huisartsenpost/ } as const
    for (const [country, route] of Object.entries(routes)) {
      const action = text(language, `help.action.psychosis.${country}`)!
      expect(action, country).toMatch(route)
      expect(action, country).toMatch(/partner/i)
      expect(action, country).not.toMatch(/Samaritans|Självmordslinjen|113/)
    }
  })

  it('treat thoughts of harm and possible psychosis as needing help the same day at the latest', () => {
    for (const id of ['harmThoughts', 'psychosis']) {
      const flag = redFlags.find((candidate) => candidate.id === id)!
      expect(flag.concern).toBe('mind')
      expect(['emergency', 'sameDay']).toContain(flag.urgency)
    }
  })

  it.each(Object.keys(locales))(
    'never state a diagnosis in %s: every meaning speaks of possible signs or of checking',
    (language) => {
      const hedges = { en: /can be|needs|sign/i, sv: /kan vara|behöver|tecken/i, nl: /kunnen|kan|moet|teken/i }[
        language
      ]!
      for (const flag of redFlags) expect(text(language, `redFlags.${flag.id}.meaning`), flag.id).toMatch(hedges)
    },
  )
})
