import type { ClosenessIdea } from './closeness'
import type { BirthMode, Country, FeedingPlan, Profile } from './profile'
import type { SourceId } from './sources'

import { appliesIn, byUrgency, redFlag, type RedFlag, type RedFlagId, type Urgency } from './redFlags'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './time'

export type MomentCategory = 'closeness' | 'feeding' | 'body' | 'mood' | 'care' | 'redFlagHint'

/**
 * Which warning signs a card's "when to get help" part is about. The card shows them with the
 * urgency and the short text of the red-flag table, so a card cannot give a sign another urgency.
 */
const helpSigns = {
  bleeding: ['bleedingFaint', 'heavyBleeding'],
  infection: ['sepsis', 'bloodClot', 'infection', 'woundInfection', 'preEclampsia'],
  mastitis: ['mastitis'],
  mood: ['harmThoughts', 'psychosis', 'lowMood'],
  newborn: ['babyBreathing', 'babyUnresponsive', 'babyEarlyJaundice', 'babyNoNappies'],
  baby: [
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
  ],
} as const satisfies Record<string, readonly RedFlagId[]>
export type HelpTopic = keyof typeof helpSigns

/** A window as offsets from the birth instant, start inclusive, end exclusive. */
export interface MomentWindow {
  startMs: number
  endMs: number
}

/** The parts of the profile that decide which cards a family sees. */
export type MomentProfile = Pick<
  Profile,
  'country' | 'birthMode' | 'epidural' | 'oxytocinDrip' | 'feeding' | 'neonatalCare'
>

/** A card shows only when every condition it has holds. An unanswered question (null) is a value too. */
export interface MomentConditions {
  birthModes?: readonly (BirthMode | null)[]
  feeding?: readonly (FeedingPlan | null)[]
  afterEpiduralOrDrip?: true
  /**
   * Whether the baby is in neonatal care (an absent answer is no). `false`: the card assumes the baby
   * is with the parent in the first hours and days, so it cannot apply while the baby is in the unit.
   */
  neonatalCare?: boolean
}

export type CareCountry = Exclude<Country, 'other'>

export interface Moment extends MomentWindow {
  id: string
  category: MomentCategory
  when?: MomentConditions
  /** Gets a live countdown to the end of its window. */
  timeCritical?: true
  sources: readonly SourceId[]
  help?: HelpTopic
  closeness?: readonly ClosenessIdea[]
  /**
   * The names each country's care system uses for this contact; the card's body is then written
   * per country (`moments.<id>.body.<country>`, with a generic `other`).
   */
  careNames?: Readonly<Record<CareCountry, readonly string[]>>
  /** Where a country's care system keeps a different window (Sweden's check runs to week 12). */
  countryWindows?: Partial<Record<Country, MomentWindow>>
  /**
   * The advice itself differs by country (safe sleep, vitamins, full breasts): the body is written per
   * country, without the care services `careNames` would make it name.
   */
  countryAdvice?: true
  /** Sources only one country's text relies on (the Dutch JGZ guideline), named in that country alone. */
  countrySources?: Partial<Record<Country, readonly SourceId[]>>
}

// Breast milk cards also go to families who have not said how they plan to feed; formula cards
// go to families who chose formula. "Both" gets the breastfeeding cards, which fit combined feeding.
const breastFeeding = ['breast', 'both', null] as const
const formulaFeeding = ['formula'] as const

/**
 * The catalogue, from the fact sheet's timeline (section 1) and fact check (section 3). Texts live in
 * the locale files under `moments.<id>`; windows are absolute offsets from the birth instant.
 */
export const moments: readonly Moment[] = [
  // A baby in neonatal care (fact sheet 2, section 8). These two come first: on the day of the birth
  // nothing counts down for these families, so the first current card is the one Today opens.
  // The facts do not differ by country: kangaroo care is WHO's advice everywhere (S120), and the
  // expressing advice (S121, S122, both British) has no Swedish or Dutch counterpart on the fact sheet
  // that says otherwise. So one text serves every country; only the unit's name changes, with the language.
  {
    // For as long as the baby is in the unit: the parent turns neonatal care off when the baby comes home.
    id: 'kangarooCare',
    startMs: 0,
    endMs: 12 * WEEK_MS,
    category: 'closeness',
    when: { neonatalCare: true },
    sources: ['S120'],
    closeness: ['skinToSkin'],
  },
  {
    // No countdown: "within two hours" is a start, not a deadline a parent can fail (content review, section 2).
    id: 'expressing',
    startMs: 0,
    endMs: 14 * DAY_MS,
    category: 'feeding',
    when: { neonatalCare: true, feeding: breastFeeding },
    sources: ['S121', 'S122'],
  },
  {
    id: 'skinToSkin',
    startMs: 0,
    endMs: 30 * MINUTE_MS,
    category: 'closeness',
    timeCritical: true,
    when: { neonatalCare: false, birthModes: ['vaginal', null] },
    // S4 and S5: contact nobody watches is a risk factor for the rare collapse in the first hours.
    sources: ['S1', 'S2', 'S3', 'S4', 'S5'],
    closeness: ['skinToSkin'],
  },
  {
    id: 'skinToSkinCaesarean',
    startMs: 0,
    endMs: 30 * MINUTE_MS,
    category: 'closeness',
    // No countdown: its text says closeness has no deadline, and a caesarean often keeps them apart.
    when: { neonatalCare: false, birthModes: ['caesarean'] },
    sources: ['S2', 'S3', 'S6'],
    closeness: ['skinToSkin'],
  },
  {
    id: 'goldenHour',
    startMs: 0,
    endMs: HOUR_MS,
    category: 'closeness',
    when: { neonatalCare: false },
    timeCritical: true,
    sources: ['S2', 'S3', 'S6'],
    closeness: ['skinToSkin', 'dimLight'],
  },
  {
    id: 'firstFeed',
    startMs: 0,
    endMs: HOUR_MS,
    category: 'feeding',
    timeCritical: true,
    when: { neonatalCare: false, feeding: breastFeeding },
    sources: ['S3', 'S2'],
  },
  {
    id: 'firstFeedFormula',
    startMs: 0,
    endMs: 2 * HOUR_MS,
    category: 'feeding',
    when: { neonatalCare: false, feeding: formulaFeeding },
    sources: ['S2', 'S7'],
    closeness: ['skinToSkin'],
  },
  {
    id: 'babyLeadsTheWay',
    startMs: 0,
    endMs: 2 * HOUR_MS,
    category: 'closeness',
    when: { neonatalCare: false },
    sources: ['S2', 'S4', 'S5'],
    help: 'newborn',
  },
  {
    id: 'bleeding',
    startMs: 0,
    endMs: 2 * DAY_MS,
    category: 'body',
    sources: ['S7', 'S8', 'S9', 'S21'],
    help: 'bleeding',
  },
  {
    id: 'afterpains',
    startMs: 0,
    endMs: 2 * DAY_MS,
    category: 'body',
    sources: ['S7', 'S10'],
    closeness: ['breathing', 'rest'],
  },
  {
    id: 'colostrum',
    startMs: 0,
    endMs: 2 * DAY_MS,
    category: 'feeding',
    when: { neonatalCare: false, feeding: breastFeeding },
    sources: ['S7', 'S9'],
  },
  {
    id: 'formulaOnCue',
    startMs: 0,
    endMs: 2 * DAY_MS,
    category: 'feeding',
    when: { neonatalCare: false, feeding: formulaFeeding },
    sources: ['S7', 'S9'],
    closeness: ['skinToSkin'],
  },
  { id: 'babyFirstDay', startMs: 0, endMs: DAY_MS, category: 'body', sources: ['S9', 'S28'], help: 'newborn' },
  {
    id: 'firstCheck',
    startMs: 0,
    endMs: DAY_MS,
    category: 'care',
    sources: ['S7', 'S14', 'S13'],
    careNames: { SE: ['BB'], NL: ['verloskundige', 'kraamzorg'], UK: ['midwife'] },
  },
  {
    id: 'restAndNest',
    startMs: 2 * HOUR_MS,
    endMs: 14 * DAY_MS,
    category: 'closeness',
    sources: ['S7', 'S10'],
    closeness: ['rest', 'dimLight', 'calmMusic', 'skinToSkin'],
  },
  {
    id: 'caesareanCatchUp',
    startMs: 2 * HOUR_MS,
    endMs: 7 * DAY_MS,
    category: 'closeness',
    when: { birthModes: ['caesarean'] },
    sources: ['S2', 'S6'],
    closeness: ['skinToSkin', 'rest'],
  },
  {
    id: 'oxytocinFeeds',
    startMs: DAY_MS,
    endMs: 3 * DAY_MS,
    category: 'feeding',
    when: { feeding: breastFeeding },
    sources: ['S10'],
    closeness: ['skinToSkin', 'breathing'],
  },
  {
    id: 'extraFeedingSupport',
    startMs: DAY_MS,
    endMs: 3 * DAY_MS,
    category: 'feeding',
    when: { feeding: breastFeeding, afterEpiduralOrDrip: true },
    sources: ['S11', 'S33', 'S34'],
  },
  {
    id: 'closeBottleFeeds',
    startMs: DAY_MS,
    endMs: 3 * DAY_MS,
    category: 'feeding',
    when: { feeding: formulaFeeding },
    sources: ['S2', 'S7'],
    closeness: ['skinToSkin', 'touch'],
  },
  {
    id: 'milkComesIn',
    startMs: 2 * DAY_MS,
    endMs: 6 * DAY_MS,
    category: 'feeding',
    when: { feeding: breastFeeding },
    sources: ['S12', 'S7'],
  },
  {
    id: 'helpLetDown',
    startMs: 2 * DAY_MS,
    endMs: 6 * DAY_MS,
    category: 'feeding',
    when: { feeding: breastFeeding },
    sources: ['S10', 'S12', 'S104', 'S105'],
    countrySources: { NL: ['S61'] },
    help: 'mastitis',
    closeness: ['calmMusic', 'skinToSkin'],
    // The Dutch JGZ guideline (2015) still names warmth before a feed, where the 2022 protocol says
    // no heat: only Dutch families are told that the two differ.
    countryAdvice: true,
  },
  {
    id: 'breastFullnessFormula',
    startMs: 2 * DAY_MS,
    endMs: 6 * DAY_MS,
    category: 'body',
    when: { feeding: formulaFeeding },
    sources: ['S7'],
    help: 'mastitis',
  },
  {
    id: 'careVisits',
    startMs: 2 * DAY_MS,
    endMs: 8 * DAY_MS,
    category: 'care',
    sources: ['S7', 'S13', 'S14'],
    careNames: { SE: ['BB'], NL: ['verloskundige', 'kraamzorg'], UK: ['midwife'] },
  },
  {
    id: 'bleedingWeeks',
    startMs: 2 * DAY_MS,
    endMs: 12 * WEEK_MS,
    category: 'body',
    sources: ['S8', 'S21'],
    help: 'bleeding',
  },
  {
    id: 'bodyWarningSigns',
    startMs: DAY_MS,
    endMs: 6 * WEEK_MS,
    category: 'redFlagHint',
    sources: ['S22', 'S23', 'S25'],
    help: 'infection',
  },
  {
    id: 'babyWarningSigns',
    startMs: DAY_MS,
    endMs: 12 * WEEK_MS,
    category: 'redFlagHint',
    sources: ['S9', 'S27'],
    help: 'baby',
  },
  {
    id: 'thirdDayDip',
    startMs: 3 * DAY_MS,
    endMs: 10 * DAY_MS,
    category: 'mood',
    sources: ['S15', 'S16', 'S17'],
    help: 'mood',
    closeness: ['longHug', 'rest', 'eatTogether', 'breathing'],
  },
  {
    id: 'touchAndMassage',
    startMs: 7 * DAY_MS,
    endMs: 12 * WEEK_MS,
    category: 'closeness',
    sources: ['S10', 'S7'],
    closeness: ['touch', 'massage', 'longHug', 'skinToSkin'],
  },
  {
    id: 'babyCheck',
    startMs: 7 * DAY_MS,
    endMs: 14 * DAY_MS,
    category: 'care',
    sources: ['S7', 'S14', 'S18'],
    careNames: { SE: ['BVC'], NL: ['consultatiebureau'], UK: ['health visitor'] },
  },
  {
    id: 'bluesFading',
    startMs: 10 * DAY_MS,
    endMs: 14 * DAY_MS,
    category: 'mood',
    sources: ['S15', 'S16', 'S17'],
    help: 'mood',
    closeness: ['walk', 'breathing'],
    careNames: { SE: ['BVC', 'barnmorskemottagning'], NL: ['verloskundige', 'huisarts'], UK: ['health visitor', 'GP'] },
  },
  {
    id: 'feedingSettles',
    startMs: 10 * DAY_MS,
    endMs: 14 * DAY_MS,
    category: 'feeding',
    when: { feeding: breastFeeding },
    sources: ['S7', 'S24', 'S104', 'S109'],
    countrySources: { NL: ['S61'] },
    help: 'mastitis',
  },
  {
    id: 'moodAnyTime',
    startMs: 14 * DAY_MS,
    endMs: 52 * WEEK_MS,
    category: 'mood',
    sources: ['S15', 'S8', 'S26'],
    help: 'mood',
    careNames: { SE: ['BVC', 'barnmorskemottagning'], NL: ['verloskundige', 'huisarts'], UK: ['health visitor', 'GP'] },
  },
  {
    id: 'walksAndMeals',
    startMs: 14 * DAY_MS,
    endMs: 12 * WEEK_MS,
    category: 'closeness',
    sources: ['S7', 'S10'],
    closeness: ['walk', 'eatTogether', 'calmMusic', 'warmBath', 'breathing'],
  },
  {
    id: 'breastfeedingHealth',
    startMs: 21 * DAY_MS,
    endMs: 12 * WEEK_MS,
    category: 'feeding',
    when: { feeding: ['breast', 'both'] },
    sources: ['S43', 'S44'],
  },
  {
    // From the first hours, when the bladder matters most, to the postnatal check where leaking can be raised.
    id: 'pelvicFloor',
    startMs: 2 * HOUR_MS,
    endMs: 6 * WEEK_MS,
    category: 'body',
    sources: ['S94', 'S95', 'S18', 'S19', 'S20'],
    careNames: {
      SE: ['barnmorskemottagning', 'efterkontroll'],
      NL: ['verloskundige', 'huisarts', 'nacontrole'],
      UK: ['midwife', 'GP'],
    },
  },
  {
    // Before day 21, when contraception is needed, until each country's postnatal check is over.
    id: 'sexAndContraception',
    startMs: 14 * DAY_MS,
    endMs: 8 * WEEK_MS,
    category: 'care',
    sources: ['S96', 'S97', 'S18', 'S19', 'S20'],
    careNames: {
      SE: ['barnmorskemottagning', 'efterkontroll'],
      NL: ['verloskundige', 'huisarts', 'nacontrole'],
      UK: ['midwife', 'GP'],
    },
    countryWindows: { SE: { startMs: 14 * DAY_MS, endMs: 12 * WEEK_MS } },
  },
  {
    id: 'sixWeekCheck',
    startMs: 5 * WEEK_MS,
    endMs: 8 * WEEK_MS,
    category: 'care',
    sources: ['S18', 'S19', 'S20'],
    careNames: {
      SE: ['efterkontroll', 'barnmorskemottagning', 'BVC'],
      NL: ['nacontrole', 'verloskundige'],
      UK: ['GP'],
    },
    countryWindows: { SE: { startMs: 5 * WEEK_MS, endMs: 12 * WEEK_MS } },
  },
  {
    // After the golden hour: the first nights are when a tired parent is most likely to doze off with the baby.
    id: 'safeSleep',
    startMs: 2 * HOUR_MS,
    endMs: 14 * DAY_MS,
    category: 'care',
    sources: ['S66', 'S67', 'S69', 'S70', 'S71', 'S73'],
    countryAdvice: true,
  },
  {
    id: 'newbornScreening',
    startMs: 2 * DAY_MS,
    endMs: 8 * DAY_MS,
    category: 'care',
    sources: ['S75', 'S76', 'S80', 'S81', 'S85'],
    countryAdvice: true,
    countryWindows: {
      SE: { startMs: 2 * DAY_MS, endMs: 7 * DAY_MS },
      NL: { startMs: 3 * DAY_MS, endMs: 7 * DAY_MS },
      UK: { startMs: 4 * DAY_MS, endMs: 9 * DAY_MS },
    },
  },
  {
    id: 'vitamins',
    startMs: DAY_MS,
    endMs: 10 * DAY_MS,
    category: 'care',
    sources: ['S77', 'S78', 'S82', 'S83', 'S86', 'S87', 'S88', 'S89'],
    countryAdvice: true,
  },
  {
    id: 'firstVaccines',
    startMs: 6 * WEEK_MS,
    endMs: 9 * WEEK_MS,
    category: 'care',
    sources: ['S79', 'S84', 'S90'],
    countryAdvice: true,
    countryWindows: {
      SE: { startMs: 5 * WEEK_MS, endMs: 8 * WEEK_MS },
      NL: { startMs: 7 * WEEK_MS, endMs: 10 * WEEK_MS },
      UK: { startMs: 7 * WEEK_MS, endMs: 9 * WEEK_MS },
    },
  },
]

export function appliesTo(moment: Moment, profile: MomentProfile): boolean {
  const when = moment.when
  if (!when) return true
  if (when.birthModes && !when.birthModes.includes(profile.birthMode)) return false
  if (when.feeding && !when.feeding.includes(profile.feeding)) return false
  if (when.afterEpiduralOrDrip && !profile.epidural && !profile.oxytocinDrip) return false
  if (when.neonatalCare !== undefined && when.neonatalCare !== (profile.neonatalCare === true)) return false
  return true
}

/**
 * The warning signs a card lists, grouped by the urgency the red-flag table gives them: only the
 * country's own signs, and only those that can apply during the card's window.
 */
export function cardHelp(moment: Moment, country: Country): { urgency: Urgency; flags: RedFlag[] }[] {
  if (!moment.help) return []
  const window = windowOf(moment, country)
  const flags = helpSigns[moment.help]
    .map(redFlag)
    .filter(
      (flag) =>
        appliesIn(flag, country) &&
        (!flag.within || (flag.within.startMs < window.endMs && window.startMs < flag.within.endMs)),
    )
  return byUrgency(flags)
}

/** The sources a card names in a country: its own, then those only that country's text relies on. */
export function momentSources(moment: Moment, country: Country): readonly SourceId[] {
  return [...moment.sources, ...(moment.countrySources?.[country] ?? [])]
}

export function windowOf(moment: Moment, country: Country): MomentWindow {
  return moment.countryWindows?.[country] ?? { startMs: moment.startMs, endMs: moment.endMs }
}

/** The locale keys of a card's title and body for a country. */
export function momentTextKeys(moment: Moment, country: Country): { title: string; body: string } {
  const base = `moments.${moment.id}`
  return {
    title: `${base}.title`,
    body: moment.careNames || moment.countryAdvice ? `${base}.body.${country}` : `${base}.body`,
  }
}
