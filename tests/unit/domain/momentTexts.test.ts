import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closenessIdeas } from '@/domain/closeness'
import { cardHelp, momentSources, momentTextKeys, moments, type CareCountry } from '@/domain/moments'
import { redFlag, redFlagTextKeys } from '@/domain/redFlags'
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

  it('cite the sources behind the pelvic floor and contraception cards, and the JGZ guideline for NL only', () => {
    const card = (id: string) => moments.find((moment) => moment.id === id)!
    for (const country of countries) {
      expect(momentSources(card('pelvicFloor'), country), country).toEqual(expect.arrayContaining(['S94', 'S95']))
      expect(momentSources(card('sexAndContraception'), country), country).toEqual(
        expect.arrayContaining(['S96', 'S97']),
      )
    }
    for (const id of ['helpLetDown', 'feedingSettles']) {
      expect(momentSources(card(id), 'NL'), id).toContain('S61')
      for (const country of ['SE', 'UK', 'other'] as const)
        expect(momentSources(card(id), country), `${id} ${country}`).not.toContain('S61')
    }
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

  it.each(languages)("keeps each country's own advice in its own country in %s", (lang) => {
    const body = (id: string, country: (typeof countries)[number]) =>
      message(
        lang,
        momentTextKeys(
          moments.find((moment) => moment.id === id)!,
          country,
        ).body,
      )!
    // The Netherlands gives vitamin K as drops for three months; Sweden and the UK offer an injection.
    expect(body('vitamins', 'NL')).toMatch(/150/)
    expect(body('vitamins', 'SE')).not.toMatch(/150/)
    expect(body('vitamins', 'UK')).not.toMatch(/150/)
    // Bed-sharing: the Dutch rule (not for four months) is not given to Swedish or British families.
    expect(body('safeSleep', 'NL')).toMatch(/4|four|fyra|vier/)
    expect(body('safeSleep', 'SE')).not.toMatch(/\b(4|four|fyra|vier)\b/)
    for (const country of countries) expect(body('firstVaccines', country), country).toMatch(/\S/)
  })

  it.each(languages)('gives the NHS pelvic floor and bladder advice in the UK only, in %s', (lang) => {
    const body = (country: (typeof countries)[number]) =>
      message(
        lang,
        momentTextKeys(
          moments.find((moment) => moment.id === 'pelvicFloor')!,
          country,
        ).body,
      )!
    // Passing urine within 4 to 6 hours, after the catheter, and strength back in about 3 months.
    expect(body('UK')).toMatch(/\b4\b.{1,6}\b6\b/)
    expect(body('UK')).toMatch(/catheter|kateter|katheter/)
    expect(body('UK')).toMatch(/\b3\b/)
    for (const country of ['SE', 'NL', 'other'] as const) {
      expect(body(country), country).not.toMatch(/\b[346]\b|catheter|kateter|katheter/)
      expect(body(country), country).toMatch(/\S/)
    }
  })

  it.each(languages)('gives the British contraception rules in the UK only, in %s', (lang) => {
    const body = (country: (typeof countries)[number]) =>
      message(
        lang,
        momentTextKeys(
          moments.find((moment) => moment.id === 'sexAndContraception')!,
          country,
        ).body,
      )!
    // Contraception from day 21 and the 98% of breastfeeding alone come from British sources.
    expect(body('UK')).toMatch(/\b21\b/)
    expect(body('UK')).toMatch(/98/)
    for (const country of ['SE', 'NL', 'other'] as const) {
      expect(body(country), country).not.toMatch(/\b21\b|98/)
      // That a pregnancy can come before the first period holds everywhere.
      expect(body(country), country).toMatch(/period|mens|ongesteld/)
    }
  })

  it.each(languages)('names the Dutch JGZ guideline on full breasts to Dutch families only, in %s', (lang) => {
    const body = (country: (typeof countries)[number]) =>
      message(
        lang,
        momentTextKeys(
          moments.find((moment) => moment.id === 'helpLetDown')!,
          country,
        ).body,
      )!
    expect(body('NL')).toMatch(/JGZ/)
    expect(body('NL')).toMatch(/2022/)
    for (const country of ['SE', 'UK', 'other'] as const) {
      expect(body(country), country).not.toMatch(/JGZ|2015/)
      // Everywhere else the 2022 protocol's advice stands without the Dutch guideline beside it.
      expect(body(country), country).toMatch(/2022/)
    }
  })

  it.each(languages)('labels every countdown and every help line in %s', (lang) => {
    for (const moment of moments.filter((item) => item.timeCritical)) {
      expect(message(lang, `today.countdown.${moment.id}`), moment.id).toMatch(/\S/)
    }
    for (const moment of moments.filter((item) => item.help)) {
      for (const country of countries) {
        for (const group of cardHelp(moment, country)) {
          expect(message(lang, `moments.card.urgency.${group.urgency}`), group.urgency).toMatch(/\S/)
          for (const flag of group.flags)
            expect(message(lang, redFlagTextKeys(flag, country).short), flag.id).toMatch(/\S/)
        }
      }
    }
  })

  it('give every sign on a card the urgency the red-flag table gives it', () => {
    for (const moment of moments.filter((item) => item.help)) {
      for (const country of countries) {
        const groups = cardHelp(moment, country)
        expect(groups.length, moment.id).toBeGreaterThan(0)
        for (const group of groups)
          for (const flag of group.flags)
            expect(redFlag(flag.id).urgency, `${moment.id} ${flag.id}`).toBe(group.urgency)
      }
    }
  })

  it('put grunting, floppiness and green vomit with the emergencies on the baby card', () => {
    const card = moments.find((moment) => moment.id === 'babyWarningSigns')!
    const emergencies = cardHelp(card, 'SE').find((group) => group.urgency === 'emergency')!
    expect(emergencies.flags.map((flag) => flag.id)).toEqual(
      expect.arrayContaining(['babyBreathing', 'babyUnresponsive', 'babyGreenVomit']),
    )
    const infection = cardHelp(
      moments.find((moment) => moment.id === 'bodyWarningSigns')!,
      'UK',
    )
    expect(infection.find((group) => group.urgency === 'emergency')!.flags.map((flag) => flag.id)).toContain('sepsis')
  })

  it("list only a country's own signs, and only while they can apply", () => {
    const card = moments.find((moment) => moment.id === 'babyWarningSigns')!
    const ids = (country: 'NL' | 'UK') => cardHelp(card, country).flatMap((group) => group.flags.map((flag) => flag.id))
    expect(ids('NL')).toContain('babyTemperature')
    expect(ids('UK')).not.toContain('babyTemperature')
    expect(ids('UK')).not.toContain('babyEarlyJaundice')
    const firstDay = moments.find((moment) => moment.id === 'babyFirstDay')!
    expect(cardHelp(firstDay, 'UK').flatMap((group) => group.flags.map((flag) => flag.id))).toContain(
      'babyEarlyJaundice',
    )
  })

  // A card's body never states an urgency of its own: that comes from the red-flag table, so a card
  // that told a parent "the same day" for a sign the table calls an emergency fails here.
  it.each(languages)('state no urgency in any card body or short sign, only in the table, in %s', (lang) => {
    const urgencyWords =
      /\{emergency\}|\b(112|999|111)\b|same day|straight away|emergency|samma dag|direkt|akut|omgående|dezelfde dag|meteen|direct|noodgeval/i
    for (const moment of moments) {
      for (const country of countries) {
        const key = momentTextKeys(moment, country).body
        if (moment.help) expect(message(lang, key), key).not.toMatch(urgencyWords)
      }
    }
    for (const country of countries)
      for (const moment of moments)
        for (const group of cardHelp(moment, country))
          for (const flag of group.flags) {
            const key = redFlagTextKeys(flag, country).short
            expect(message(lang, key), key).not.toMatch(urgencyWords)
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
