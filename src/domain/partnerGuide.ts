import type { MomentWindow } from './moments'
import { DAY_MS, HOUR_MS, WEEK_MS } from './time'
import type { Country } from './profile'
import type { RedFlagId } from './redFlags'
import type { SourceId } from './sources'

export type PartnerStageId =
  | 'beforeBirth'
  | 'firstHours'
  | 'firstHoursInUnit'
  | 'firstDays'
  | 'milkAndDip'
  | 'firstWeeks'
  | 'settlingIn'
  | 'sixWeekCheck'
  | 'beyond'

/** One way a partner or helper can help. Texts: `partner.tasks.<id>`. */
export type PartnerTask =
  | 'saveNumbers'
  | 'learnFirstHour'
  | 'planVisitors'
  | 'stockFood'
  | 'calmRoom'
  | 'watchBaby'
  | 'skinToSkin'
  | 'bringDrink'
  | 'kangarooCare'
  | 'helpExpressing'
  | 'protectSleep'
  | 'foodAndWater'
  | 'nappiesSettling'
  | 'visitors'
  | 'feedingHelp'
  | 'listen'
  | 'fullBreasts'
  | 'household'
  | 'shareNights'
  | 'closeness'
  | 'noticeMood'
  | 'walks'
  | 'timeOff'
  | 'ownRest'
  | 'bookCheck'
  | 'speakOpenly'

/**
 * A stretch of the parent's timeline seen from the partner's side. The window is an offset from the
 * birth instant like a moment's (start inclusive, end exclusive); the stages follow one another
 * without gaps, so exactly one is current. Texts: `partner.stages.<id>.title` and `.now`.
 */
export interface PartnerStage extends MomentWindow {
  id: PartnerStageId
  tasks: readonly PartnerTask[]
  /** Warning signs worth knowing at this stage: ids in the red-flag catalogue. */
  watchFor: readonly RedFlagId[]
  sources: readonly SourceId[]
  /** The care system's names differ by country, so `.now` is written per country (`.now.<country>`). */
  perCountry?: true
}

// The edges match the parent's cards in moments.ts: the golden hours end at 2 h, the milk comes in
// from day 2, the first-weeks cards run to day 14, the six-week check opens at week 5.
export const partnerStages: readonly PartnerStage[] = [
  {
    id: 'beforeBirth',
    startMs: -Infinity,
    endMs: 0,
    tasks: ['saveNumbers', 'learnFirstHour', 'planVisitors', 'stockFood'],
    watchFor: [],
    sources: ['S2', 'S3', 'S6'],
  },
  {
    id: 'firstHours',
    startMs: 0,
    endMs: 2 * HOUR_MS,
    tasks: ['calmRoom', 'watchBaby', 'skinToSkin', 'bringDrink'],
    watchFor: ['babyBreathing', 'bleedingFaint'],
    sources: ['S2', 'S3', 'S4', 'S5', 'S6'],
  },
  {
    id: 'firstDays',
    startMs: 2 * HOUR_MS,
    endMs: 2 * DAY_MS,
    tasks: ['protectSleep', 'foodAndWater', 'nappiesSettling', 'visitors', 'feedingHelp'],
    watchFor: ['sepsis', 'babyBreathing', 'heavyBleeding', 'babyEarlyJaundice', 'babyNoNappies', 'babyNotFeeding'],
    sources: ['S7', 'S8', 'S9', 'S11'],
  },
  {
    id: 'milkAndDip',
    startMs: 2 * DAY_MS,
    endMs: 6 * DAY_MS,
    tasks: ['listen', 'protectSleep', 'fullBreasts', 'foodAndWater', 'visitors'],
    watchFor: ['sepsis', 'psychosis', 'harmThoughts', 'mastitis', 'infection', 'babyNoNappies'],
    sources: ['S10', 'S12', 'S15', 'S16', 'S17', 'S24', 'S98', 'S100', 'S104', 'S105'],
  },
  {
    id: 'firstWeeks',
    startMs: 6 * DAY_MS,
    endMs: 14 * DAY_MS,
    tasks: ['shareNights', 'household', 'closeness', 'noticeMood'],
    watchFor: ['sepsis', 'psychosis', 'babyFever', 'heavyBleeding', 'mastitis', 'lowMood'],
    sources: ['S7', 'S14', 'S15', 'S18', 'S98', 'S100'],
  },
  {
    id: 'settlingIn',
    startMs: 14 * DAY_MS,
    endMs: 5 * WEEK_MS,
    tasks: ['timeOff', 'walks', 'noticeMood', 'ownRest'],
    watchFor: ['bloodClot', 'psychosis', 'harmThoughts', 'babyFever', 'mastitis', 'lowMood'],
    sources: ['S10', 'S15'],
  },
  {
    id: 'sixWeekCheck',
    startMs: 5 * WEEK_MS,
    endMs: 8 * WEEK_MS,
    tasks: ['bookCheck', 'speakOpenly', 'closeness', 'walks'],
    watchFor: ['lowMood', 'heavyBleeding'],
    sources: ['S18', 'S19', 'S20'],
    perCountry: true,
  },
  {
    id: 'beyond',
    startMs: 8 * WEEK_MS,
    endMs: Infinity,
    tasks: ['timeOff', 'closeness', 'walks', 'noticeMood'],
    watchFor: ['lowMood', 'babyFever'],
    sources: ['S15'],
  },
]

/**
 * The first hours when the baby is in neonatal care (fact sheet 2, section 8): the baby is in the unit,
 * so there is no undisturbed skin to skin on the mother to guard. Kangaroo care when the staff say it
 * is possible (S120), and the first expressing within about two hours (S121). The unit's staff watch
 * the baby; the mother's own warning sign stays.
 */
const firstHoursInUnit: PartnerStage = {
  id: 'firstHoursInUnit',
  startMs: 0,
  endMs: 2 * HOUR_MS,
  tasks: ['kangarooCare', 'helpExpressing', 'bringDrink'],
  watchFor: ['bleedingFaint'],
  sources: ['S120', 'S121'],
}

/** The stages for a family: in neonatal care the first hours are the unit's. */
export function partnerStagesFor(neonatalCare = false): readonly PartnerStage[] {
  return neonatalCare
    ? partnerStages.map((stage) => (stage.id === 'firstHours' ? firstHoursInUnit : stage))
    : partnerStages
}

export interface PartnerGuide {
  stage: PartnerStage
  /** The stage after this one and the instant it begins (null before the birth: nobody knows when). */
  next: { stage: PartnerStage; startsAt: number | null } | null
}

/** Where the family is, seen from the partner's side. Without a birth time it is before the birth. */
export function partnerGuide(birthAt: number | null, now: number, neonatalCare = false): PartnerGuide {
  const stages = partnerStagesFor(neonatalCare)
  const offset = birthAt === null ? -Infinity : now - birthAt
  const index = stages.findIndex((stage) => stage.startMs <= offset && offset < stage.endMs)
  const stage = stages[index]!
  const following = stages[index + 1]
  if (!following) return { stage, next: null }
  return { stage, next: { stage: following, startsAt: birthAt === null ? null : birthAt + following.startMs } }
}

/** The locale keys of a stage's title and of what the family is going through, for a country. */
export function partnerStageTextKeys(stage: PartnerStage, country: Country): { title: string; now: string } {
  const base = `partner.stages.${stage.id}`
  return { title: `${base}.title`, now: stage.perCountry ? `${base}.now.${country}` : `${base}.now` }
}
