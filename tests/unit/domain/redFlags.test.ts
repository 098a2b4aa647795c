import { describe, expect, it } from 'vitest'
import { languages, readLocale } from './localeTexts'
import { redFlags, redFlagsFor, type Urgency } from '@/domain/redFlags'

const mostUrgentFirst: readonly Urgency[] = ['emergency', 'sameDay', 'contact']

const locales = Object.fromEntries(
  languages.map((language) => [language, readLocale<{ redFlags: Record<string, Record<string, string>> }>(language)]),
)

describe('red flags', () => {
  it('have unique ids', () => {
    expect(new Set(redFlags.map((flag) => flag.id)).size).toBe(redFlags.length)
  })

  it.each(Object.keys(locales))('each has a title, the signs and what they can mean in %s', (language) => {
    for (const flag of redFlags) {
      const texts = locales[language]!.redFlags[flag.id]
      expect(texts, flag.id).toBeDefined()
      for (const field of ['title', 'signs', 'meaning']) expect(texts![field], `${flag.id}.${field}`).toMatch(/\S/)
    }
  })

  // That the sources are on the list, and each urgency a known one, the types already guarantee.
  it('each names at least one source', () => {
    for (const flag of redFlags) expect(flag.sources.length, flag.id).toBeGreaterThan(0)
  })

  it('cover both the mother and the baby, emergencies first', () => {
    for (const who of ['mother', 'baby'] as const) {
      const ranks = redFlagsFor(who).map((flag) => mostUrgentFirst.indexOf(flag.urgency))
      expect(ranks.length).toBeGreaterThan(0)
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
      expect(redFlagsFor(who).every((flag) => flag.who === who)).toBe(true)
    }
  })

  it('send the baby signs that cannot wait straight to the emergency number', () => {
    const emergencies = redFlagsFor('baby')
      .filter((flag) => flag.urgency === 'emergency')
      .map((flag) => flag.id)
    expect(emergencies).toEqual(['babyBreathing', 'babyUnresponsive', 'babyFit', 'babyRash'])
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
      for (const flag of redFlags) expect(locales[language]!.redFlags[flag.id]!.meaning, flag.id).toMatch(hedges)
    },
  )
})
