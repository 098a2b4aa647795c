import type { Baby, LogEvent } from './babyLog'
import { countsBetween, dayOfLife, dayOfLifeRange, type DayCounts } from './logDays'
import type { Country } from './profile'
import type { SourceId } from './sources'
import { DAY_MS, HOUR_MS } from './time'
import { changeFromBirth } from './weight'

/**
 * "Is my baby getting enough" for days 1–14, from fact sheet 2, section 1. The figures are
 * minimums for a whole day of life; a day still running is shown as "so far" and only a finished
 * day is compared. Nothing here is a diagnosis: each finding names the next step and who to ask.
 */
export const GUIDANCE_DAYS = 14

export interface Minimums {
  wet: number
  dirty: number
  /** Null where the country's figure is not verified: then feeds are counted but not compared. */
  feeds: number | null
  sources: SourceId[]
}

/** The UK (BFI) chart (S55), with the NHS trust's 4+ feeds on day 1 (S56); also used where no country rule was found. */
function chartMinimums(day: number): Minimums {
  const wet = day <= 1 ? 1 : day === 2 ? 2 : day <= 4 ? 3 : day <= 6 ? 5 : 6
  const dirty = day <= 2 ? 1 : 2
  return { wet, dirty, feeds: day <= 1 ? 4 : 8, sources: day <= 1 ? ['S55', 'S56'] : ['S55'] }
}

export function minimumsFor(country: Country, day: number): Minimums {
  if (country === 'NL') {
    // LLL NL (S57): about one wet nappy on day 1 and one more each day, then 4–6 heavy ones (S58);
    // Dutch practice counts 8–12 feeds with 6 the minimum (S58), from the second day.
    const wet = day <= 4 ? day : 4
    return { wet, dirty: day <= 2 ? 1 : 2, feeds: day >= 2 ? 6 : null, sources: ['S57', 'S58'] }
  }
  const chart = chartMinimums(day)
  // Sweden's feed figure is not verified (fact sheet 2): count feeds, compare nappies only.
  if (country === 'SE') return { ...chart, feeds: null, sources: ['S55'] }
  return chart
}

export type FindingId =
  | 'wetLow'
  | 'dirtyLow'
  | 'feedsLow'
  | 'noWet12h'
  | 'meconiumLate'
  | 'paleStool'
  | 'weightLoss'
  | 'notBackToBirthWeight'
  | 'fever'

export interface Finding {
  id: FindingId
  /** 'today': ask the midwife or child health centre today; 'urgent': call now. */
  urgency: 'today' | 'urgent'
  sources: SourceId[]
  values?: Record<string, number>
}

const KEPT_SLACK_MS = 3 * HOUR_MS

export interface EnoughCard {
  day: number
  soFar: DayCounts
  minimums: Minimums
  /**
   * The finished day before, compared with its minimums; null on day 1. `kept` says whether the
   * log covered it (something logged by its third hour): a log begun today says nothing of yesterday.
   */
  yesterday: { day: number; counts: DayCounts; minimums: Minimums; kept: boolean } | null
}

/** The card for days 1–14 of life, null outside them or without a birth time. */
export function enoughCard(
  events: readonly LogEvent[],
  birthAt: number | null,
  country: Country,
  now: number,
): EnoughCard | null {
  if (birthAt === null || now < birthAt) return null
  const day = dayOfLife(now, birthAt)
  if (day > GUIDANCE_DAYS) return null
  const today = dayOfLifeRange(day, birthAt)
  const before = day > 1 ? dayOfLifeRange(day - 1, birthAt) : null
  const firstLogged = Math.min(...events.filter((event) => !event.deleted).map((event) => event.at))
  return {
    day,
    soFar: countsBetween(events, today.from, now + 1),
    minimums: minimumsFor(country, day),
    yesterday: before
      ? {
          day: day - 1,
          counts: countsBetween(events, before.from, before.to),
          minimums: minimumsFor(country, day - 1),
          kept: firstLogged <= before.from + KEPT_SLACK_MS,
        }
      : null,
  }
}

/** Weight rules per country: a loss that asks for a feeding check, and when birth weight is usually back. */
const weightRules: Record<Country, { lossPercent: number; backByDay: number; sources: SourceId[] } | null> = {
  UK: { lossPercent: 10, backByDay: 21, sources: ['S60'] },
  // Rikshandboken: act on more than 10 % lost in the first week, or not back by two weeks.
  SE: { lossPercent: 10, backByDay: 14, sources: ['S59'] },
  // The Netherlands reads weight on the TNO curve at fixed days (S61), not by a percentage.
  NL: null,
  other: { lossPercent: 10, backByDay: 21, sources: ['S60'] },
}

export function birthWeightOf(baby: Baby | null, events: readonly LogEvent[], birthAt: number | null): number | null {
  if (baby?.birthWeightGrams) return baby.birthWeightGrams
  if (birthAt === null) return null
  const first = events
    .filter((event) => event.kind === 'weight' && !event.deleted && event.at < birthAt + DAY_MS)
    .sort((a, b) => a.at - b.at)[0]
  return first?.kind === 'weight' ? first.grams : null
}

export const FEVER_CELSIUS = 38

/**
 * What the log shows that asks for someone to look at the baby. Only the latest of each is kept.
 * The 12-hour and day-5 findings read the chart (a day-5 stool is yellow; several wet nappies a
 * day), not a national rule, and say so in their texts.
 */
export function findings(
  events: readonly LogEvent[],
  options: { birthAt: number | null; country: Country; now: number; birthWeightGrams: number | null },
): Finding[] {
  const { birthAt, country, now, birthWeightGrams } = options
  const live = events.filter((event) => !event.deleted && event.at <= now)
  const out: Finding[] = []
  const recent = (event: LogEvent) => event.at >= now - 2 * DAY_MS

  if (live.some((event) => event.kind === 'nappy' && event.stool === 'pale' && recent(event)))
    out.push({ id: 'paleStool', urgency: 'urgent', sources: ['S65'] })

  const temperature = live.filter((event) => event.kind === 'temperature').sort((a, b) => b.at - a.at)[0]
  if (temperature?.kind === 'temperature' && temperature.celsius >= FEVER_CELSIUS && now - temperature.at < DAY_MS)
    out.push({ id: 'fever', urgency: 'urgent', sources: ['S27'], values: { celsius: temperature.celsius } })

  if (birthAt === null || now < birthAt) return out
  const day = dayOfLife(now, birthAt)

  if (day <= GUIDANCE_DAYS) {
    const card = enoughCard(events, birthAt, country, now)!
    const y = card.yesterday
    if (y?.kept) {
      if (y.counts.wet < y.minimums.wet)
        out.push({
          id: 'wetLow',
          urgency: 'today',
          sources: y.minimums.sources,
          values: { count: y.counts.wet, min: y.minimums.wet, day: y.day },
        })
      if (y.counts.dirty < y.minimums.dirty)
        out.push({
          id: 'dirtyLow',
          urgency: 'today',
          sources: y.minimums.sources,
          values: { count: y.counts.dirty, min: y.minimums.dirty, day: y.day },
        })
      if (y.minimums.feeds !== null && y.counts.feeds < y.minimums.feeds)
        out.push({
          id: 'feedsLow',
          urgency: 'today',
          sources: y.minimums.sources,
          values: { count: y.counts.feeds, min: y.minimums.feeds, day: y.day },
        })
    }
    // Only once the log has been kept that long: an empty log is not a baby without wet nappies.
    const nappies = live.filter((event) => event.kind === 'nappy')
    const lastWet = nappies
      .filter((event) => event.kind === 'nappy' && event.contents !== 'dirty')
      .sort((a, b) => b.at - a.at)[0]
    const keptSince = Math.min(...live.map((event) => event.at))
    if (
      day >= 2 &&
      nappies.length > 0 &&
      now - keptSince >= 12 * HOUR_MS &&
      now - (lastWet?.at ?? keptSince) >= 12 * HOUR_MS
    )
      out.push({ id: 'noWet12h', urgency: 'today', sources: ['S55'] })
    const lateMeconium = live.some(
      (event) =>
        event.kind === 'nappy' && event.stool === 'meconium' && dayOfLife(event.at, birthAt) > 5 && recent(event),
    )
    if (lateMeconium) out.push({ id: 'meconiumLate', urgency: 'today', sources: ['S55'] })
  }

  const rule = weightRules[country]
  if (rule && birthWeightGrams) {
    const weights = live.filter((event) => event.kind === 'weight').sort((a, b) => b.at - a.at)
    const last = weights[0]
    if (last?.kind === 'weight') {
      const change = changeFromBirth(last.grams, birthWeightGrams)
      if (change <= -rule.lossPercent)
        out.push({ id: 'weightLoss', urgency: 'today', sources: rule.sources, values: { percent: -change } })
      else if (change < 0 && dayOfLife(last.at, birthAt) > rule.backByDay)
        out.push({
          id: 'notBackToBirthWeight',
          urgency: 'today',
          sources: rule.sources,
          values: { weeks: rule.backByDay / 7 },
        })
    }
  }
  return out
}
