import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closenessIdeas } from '@/domain/closeness'
import { momentTextKeys, moments, type CareCountry } from '@/domain/moments'
import { countries } from '@/domain/profile'

const languages = ['en', 'sv', 'nl'] as const
const messages = Object.fromEntries(
  languages.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(__dirname, '../../../locales', `${lang}.json`), 'utf8')),
  ]),
) as Record<(typeof languages)[number], Record<string, unknown>>

function message(lang: (typeof languages)[number], key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[lang])
  return typeof value === 'string' ? value : undefined
}

describe('moment texts', () => {
  it.each(languages)('gives every moment a title and a body for every country in %s', (lang) => {
    for (const moment of moments) {
      for (const country of countries) {
        const keys = momentTextKeys(moment, country)
        expect(message(lang, keys.title), keys.title).toMatch(/\S/)
        expect(message(lang, keys.body), keys.body).toMatch(/\S/)
      }
    }
  })

  // SourceId (keyof sources) already keeps every id on the fact sheet; what can go wrong is none at all.
  it('names at least one source for every moment', () => {
    for (const moment of moments) expect(moment.sources.length, moment.id).toBeGreaterThan(0)
  })

  it.each(languages)("names each country's own care services in %s", (lang) => {
    for (const moment of moments.filter((item) => item.careNames)) {
      for (const [country, names] of Object.entries(moment.careNames!) as [CareCountry, readonly string[]][]) {
        const body = message(lang, momentTextKeys(moment, country).body)!
        for (const name of names)
          expect(body.toLowerCase(), `${lang} ${moment.id} ${country}`).toContain(name.toLowerCase())
      }
    }
  })

  it.each(languages)('labels every countdown and every help line in %s', (lang) => {
    for (const moment of moments.filter((item) => item.timeCritical)) {
      expect(message(lang, `today.countdown.${moment.id}`), moment.id).toMatch(/\S/)
    }
    for (const moment of moments.filter((item) => item.help)) {
      expect(message(lang, `moments.help.${moment.help}`), moment.id).toMatch(/\S/)
    }
  })

  it.each(languages)('has a title and a text for every closeness idea in %s', (lang) => {
    for (const idea of closenessIdeas) {
      expect(message(lang, `closeness.${idea}.title`), idea).toMatch(/\S/)
      expect(message(lang, `closeness.${idea}.body`), idea).toMatch(/\S/)
    }
  })

  it.each(languages)('leaves out the claims the fact check rejects in %s', (lang) => {
    const text = JSON.stringify(messages[lang].moments) + JSON.stringify(messages[lang].closeness)
    expect(text).not.toMatch(/80\s?%|80 procent|80 percent/i)
    expect(text).not.toMatch(/twice as fast|dubbelt så snabbt|twee keer zo snel/i)
    expect(text).not.toMatch(/placenta ?(capsule|kapsl|capsule)|moderkaksk/i)
    expect(text).not.toMatch(/\b(8|eight|åtta|acht) (hugs|kramar|knuffels)/i)
    expect(text).not.toMatch(/20 (seconds|sekunder|seconden)/i)
  })
})
