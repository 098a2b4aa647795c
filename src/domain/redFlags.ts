import type { Country } from './profile'
import type { SourceId } from './sources'

import { DAY_MS, WEEK_MS } from './time'

/** Whose sign it is. */
export type RedFlagSubject = 'mother' | 'baby'

/**
 * How fast to act: call the emergency number now; get help as soon as possible, today at the
 * latest; or contact the midwife, nurse or doctor within days.
 */
export type Urgency = 'emergency' | 'sameDay' | 'contact'

/** Body or mind decides who to call: an advice line or a mental-health line. */
export type Concern = 'body' | 'mind'

/**
 * A sign with its own way to help instead of the one its urgency and concern give: possible
 * psychosis goes to the GP, 1177 or the huisartsenpost (never a suicide line); mastitis goes where
 * each country sends it. Texts: `help.action.<route>.<country>`.
 */
export type RedFlagRoute = 'psychosis' | 'mastitis'

export const redFlagIds = [
  'bleedingFaint',
  'heavyBleeding',
  'sepsis',
  'infection',
  'woundInfection',
  'preEclampsia',
  'bloodClot',
  'mastitis',
  'harmThoughts',
  'psychosis',
  'lowMood',
  'babyBreathing',
  'babyUnresponsive',
  'babyFit',
  'babyRash',
  'babyGreenVomit',
  'babyFever',
  'babyTemperature',
  'babyEarlyJaundice',
  'babyPaleStools',
  'babyNotFeeding',
  'babyNoNappies',
] as const
export type RedFlagId = (typeof redFlagIds)[number]

/**
 * One warning sign. Texts: `redFlags.<id>.title`, `.signs`, `.short` (a few words for a card) and
 * `.meaning` (what it can be a sign of); `.signs.<country>` when `perCountry`, and `.short.<country>` too
 * when it is `signsAndShort`.
 */
export interface RedFlag {
  id: RedFlagId
  who: RedFlagSubject
  urgency: Urgency
  concern: Concern
  sources: readonly SourceId[]
  /** Only where that country's care teaches the rule (the Dutch midwives' 36.5–37.5 °C). */
  countries?: readonly Country[]
  /**
   * Each country's own wording: of the signs and their short form where the thresholds differ (the
   * Dutch bleeding limits are not the British), or of the signs only where just the advice beside them
   * does (the Dutch JGZ guideline on mastitis, which other countries' families should not be given).
   */
  perCountry?: 'signsAndShort' | 'signs'
  /** Sources only one country's text relies on (the Dutch JGZ guideline), named in that country alone. */
  countrySources?: Partial<Record<Country, readonly SourceId[]>>
  route?: RedFlagRoute
  /** When after the birth the sign applies, as offsets from the birth instant; always if absent. */
  within?: { startMs: number; endMs: number }
}

/**
 * From the fact sheets (postpartum-facts §2, postpartum-facts-2 §1, §4, §5). Where they name no
 * urgency for a sign, the stricter reading is used: floppiness goes with a baby who cannot be woken,
 * grunting with a baby who struggles to breathe, and green vomit is an emergency as NHS inform has it.
 */
export const redFlags: readonly RedFlag[] = [
  { id: 'bleedingFaint', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S8', 'S21'] },
  {
    id: 'heavyBleeding',
    who: 'mother',
    urgency: 'sameDay',
    concern: 'body',
    perCountry: 'signsAndShort',
    sources: ['S8', 'S9', 'S21'],
  },
  { id: 'sepsis', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S22', 'S23'] },
  { id: 'infection', who: 'mother', urgency: 'sameDay', concern: 'body', sources: ['S22', 'S23'] },
  { id: 'woundInfection', who: 'mother', urgency: 'sameDay', concern: 'body', sources: ['S93', 'S94'] },
  {
    id: 'preEclampsia',
    who: 'mother',
    urgency: 'sameDay',
    concern: 'body',
    sources: ['S91', 'S92'],
    within: { startMs: 0, endMs: 6 * WEEK_MS },
  },
  { id: 'bloodClot', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S25'] },
  {
    id: 'mastitis',
    who: 'mother',
    urgency: 'sameDay',
    concern: 'body',
    route: 'mastitis',
    perCountry: 'signs',
    sources: ['S24', 'S104', 'S109'],
    countrySources: { NL: ['S61'] },
  },
  { id: 'harmThoughts', who: 'mother', urgency: 'sameDay', concern: 'mind', sources: ['S8', 'S15'] },
  {
    id: 'psychosis',
    who: 'mother',
    urgency: 'sameDay',
    concern: 'mind',
    route: 'psychosis',
    sources: ['S8', 'S26', 'S98', 'S101', 'S103'],
  },
  { id: 'lowMood', who: 'mother', urgency: 'contact', concern: 'mind', sources: ['S15', 'S16', 'S17'] },
  { id: 'babyBreathing', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyUnresponsive', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyFit', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyRash', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyGreenVomit', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyFever', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S27'] },
  { id: 'babyTemperature', who: 'baby', urgency: 'sameDay', concern: 'body', countries: ['NL'], sources: ['S9'] },
  {
    id: 'babyEarlyJaundice',
    who: 'baby',
    urgency: 'sameDay',
    concern: 'body',
    sources: ['S28'],
    within: { startMs: 0, endMs: DAY_MS },
  },
  { id: 'babyPaleStools', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S65', 'S28'] },
  { id: 'babyNotFeeding', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyNoNappies', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9', 'S27', 'S55'] },
]

const urgencyRank: Record<Urgency, number> = { emergency: 0, sameDay: 1, contact: 2 }
export const urgencies: readonly Urgency[] = ['emergency', 'sameDay', 'contact']

export function redFlag(id: RedFlagId): RedFlag {
  return redFlags.find((flag) => flag.id === id)!
}

export function appliesIn(flag: RedFlag, country: Country): boolean {
  return !flag.countries || flag.countries.includes(country)
}

/** One person's signs in a country, the most urgent first (the catalogue order breaks ties). */
export function redFlagsFor(who: RedFlagSubject, country: Country): RedFlag[] {
  return redFlags
    .filter((flag) => flag.who === who && appliesIn(flag, country))
    .sort((a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency])
}

/** The sources a sign names in a country: its own, then those only that country's text relies on. */
export function redFlagSources(flag: RedFlag, country: Country): readonly SourceId[] {
  return [...flag.sources, ...(flag.countrySources?.[country] ?? [])]
}

/** The locale keys of a sign's texts in a country. */
export function redFlagTextKeys(
  flag: RedFlag,
  country: Country,
): { title: string; signs: string; short: string; meaning: string } {
  const base = `redFlags.${flag.id}`
  return {
    title: `${base}.title`,
    signs: flag.perCountry ? `${base}.signs.${country}` : `${base}.signs`,
    short: flag.perCountry === 'signsAndShort' ? `${base}.short.${country}` : `${base}.short`,
    meaning: `${base}.meaning`,
  }
}

/** Signs grouped by how fast to act, most urgent first; empty groups left out. */
export function byUrgency(flags: readonly RedFlag[]): { urgency: Urgency; flags: RedFlag[] }[] {
  return urgencies
    .map((urgency) => ({ urgency, flags: flags.filter((flag) => flag.urgency === urgency) }))
    .filter((group) => group.flags.length > 0)
}
