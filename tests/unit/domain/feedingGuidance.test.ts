import { describe, expect, it } from 'vitest'
import { enoughCard, findings, minimumsFor, type FindingId } from '@/domain/feedingGuidance'
import { sourceIds } from '@/domain/sources'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { countries } from '@/domain/profile'
import { dirty, feed, logEvent, wet } from './logFixtures'

const birthAt = Date.UTC(2026, 2, 1, 6, 0)
const day = (n: number, hours = 0) => birthAt + (n - 1) * DAY_MS + hours * HOUR_MS
const ids = (list: { id: FindingId }[]) => list.map((finding) => finding.id)

/** A day of life logged as the chart hopes: wet and dirty nappies and feeds spread over 24 hours. */
function fullDay(n: number, wets: number, dirties: number, feeds: number) {
  return [
    ...Array.from({ length: wets }, (_, i) => wet(day(n, 1 + (i * 22) / wets))),
    ...Array.from({ length: dirties }, (_, i) => dirty(day(n, 1.5 + i))),
    ...Array.from({ length: feeds }, (_, i) => feed(day(n, 0.5 + i * 2.5))),
  ]
}

describe('minimumsFor', () => {
  it('follows the UK chart: 1, 2, 3, 3, 5, 5, then 6 wet nappies, and 4 feeds on day 1 then 8', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 14].map((n) => minimumsFor('UK', n).wet)).toEqual([1, 2, 3, 3, 5, 5, 6, 6])
    expect([1, 2, 3, 7].map((n) => minimumsFor('UK', n).dirty)).toEqual([1, 1, 2, 2])
    expect([1, 2, 7].map((n) => minimumsFor('UK', n).feeds)).toEqual([4, 8, 8])
  })

  it('keeps the Dutch figures in the Netherlands: one more wet nappy a day up to 4, at least 6 feeds', () => {
    expect([1, 2, 3, 4, 5, 10].map((n) => minimumsFor('NL', n).wet)).toEqual([1, 2, 3, 4, 4, 4])
    expect([1, 2, 9].map((n) => minimumsFor('NL', n).feeds)).toEqual([null, 6, 6])
    expect(minimumsFor('NL', 3).sources).toEqual(['S57', 'S58'])
  })

  it('never compares feeds in Sweden, where the figure is not verified', () => {
    for (let n = 1; n <= 14; n += 1) expect(minimumsFor('SE', n).feeds).toBeNull()
  })

  it('cites only sources that exist', () => {
    for (const country of countries)
      for (let n = 1; n <= 14; n += 1) for (const id of minimumsFor(country, n).sources) expect(sourceIds).toContain(id)
  })
})

describe('enoughCard', () => {
  it('shows days 1 to 14 only', () => {
    expect(enoughCard([], birthAt, 'UK', birthAt - 1)).toBeNull()
    expect(enoughCard([], null, 'UK', day(2))).toBeNull()
    expect(enoughCard([], birthAt, 'UK', day(14, 23))?.day).toBe(14)
    expect(enoughCard([], birthAt, 'UK', day(15))).toBeNull()
  })

  it('shows today so far and compares the finished day before', () => {
    const events = [...fullDay(2, 2, 1, 8), wet(day(3, 1))]
    const card = enoughCard(events, birthAt, 'UK', day(3, 2))!
    expect(card.day).toBe(3)
    expect(card.soFar.wet).toBe(1)
    expect(card.yesterday).toMatchObject({ day: 2, counts: { wet: 2, dirty: 1, feeds: 8 }, kept: true })
  })
})

describe('findings', () => {
  const options = (
    now: number,
    country: 'UK' | 'SE' | 'NL' | 'other' = 'UK',
    birthWeightGrams: number | null = null,
  ) => ({
    birthAt,
    country,
    now,
    birthWeightGrams,
  })

  it('is quiet when the day before met the chart', () => {
    expect(findings(fullDay(3, 3, 2, 8), options(day(4, 0.5)))).toEqual([])
  })

  it('says when the finished day had fewer nappies or feeds than the chart, never on the day still running', () => {
    const events = [...fullDay(3, 2, 2, 6), wet(day(4, 0.25))]
    expect(ids(findings(events, options(day(4, 0.5))))).toEqual(['wetLow', 'feedsLow'])
    expect(ids(findings(events, options(day(4, 0.5), 'SE')))).toEqual(['wetLow'])
    // Dutch practice: 3 wet nappies on day 3, and 6 feeds are enough.
    expect(ids(findings(events, options(day(4, 0.5), 'NL')))).toEqual(['wetLow'])
  })

  it('compares the day before only when the log covered it', () => {
    const startedLate = fullDay(3, 1, 0, 1).map((event) => ({ ...event, at: event.at + 10 * HOUR_MS }))
    expect(ids(findings(startedLate, options(day(4, 0.5))))).not.toContain('wetLow')
    expect(enoughCard(startedLate, birthAt, 'UK', day(4, 0.5))?.yesterday?.kept).toBe(false)
  })

  it('brings the jaundice flag at once for a pale stool', () => {
    const found = findings([dirty(day(9), 'pale')], options(day(9, 0.1)))
    expect(found).toContainEqual({ id: 'paleStool', urgency: 'urgent', sources: ['S65'] })
  })

  it('notices 12 hours without a wet nappy once the log has been kept that long', () => {
    const events = [wet(day(5, 0)), dirty(day(5, 3))]
    expect(ids(findings(events, options(day(5, 11.9))))).not.toContain('noWet12h')
    expect(ids(findings(events, options(day(5, 12))))).toContain('noWet12h')
    expect(ids(findings([], options(day(5, 12))))).not.toContain('noWet12h')
  })

  it('notices black meconium still after day 5', () => {
    expect(ids(findings([dirty(day(5, 3), 'meconium')], options(day(5, 4))))).not.toContain('meconiumLate')
    expect(ids(findings([dirty(day(6, 3), 'meconium')], options(day(6, 4))))).toContain('meconiumLate')
  })

  it('asks for a feeding check at a loss of 10 % and for a weight not back by 2 weeks in Sweden, 3 in the UK', () => {
    const weight = (at: number, grams: number) => logEvent(at, { kind: 'weight', grams })
    expect(ids(findings([weight(day(4), 3120)], options(day(4, 1), 'UK', 3450)))).toEqual([])
    const lost = findings([weight(day(4), 3105)], options(day(4, 1), 'UK', 3450))
    expect(lost).toEqual([{ id: 'weightLoss', urgency: 'today', sources: ['S60'], values: { percent: 10 } }])
    const late = [weight(day(16), 3400)]
    expect(ids(findings(late, options(day(16, 1), 'SE', 3450)))).toEqual(['notBackToBirthWeight'])
    expect(ids(findings(late, options(day(16, 1), 'UK', 3450)))).toEqual([])
    expect(ids(findings([weight(day(22), 3400)], options(day(22, 1), 'UK', 3450)))).toEqual(['notBackToBirthWeight'])
    // The Netherlands reads weight on a curve, not a percentage.
    expect(ids(findings([weight(day(4), 3000)], options(day(4, 1), 'NL', 3450)))).toEqual([])
  })

  it('flags 38 °C or more', () => {
    const temp = (celsius: number) => logEvent(day(20), { kind: 'temperature', celsius })
    expect(ids(findings([temp(37.9)], options(day(20, 1))))).toEqual([])
    expect(ids(findings([temp(38)], options(day(20, 1))))).toEqual(['fever'])
  })
})
