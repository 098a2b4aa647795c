import { describe, expect, it } from 'vitest'
import { validateLogContent, type LogEvent } from '@/domain/babyLog'
import { growthPoints, measuresLogged, valueAtZ } from '@/domain/growth'
import { parseCentimetres } from '@/domain/weight'
import { headForAge, publishedHeadForAge } from '@/domain/whoGrowth/headForAge'
import { lengthForAge, publishedLengthForAge } from '@/domain/whoGrowth/lengthForAge'
import { MONTH_DAYS } from '@/domain/whoGrowth/lmsTable'
import { whoTables } from '@/domain/whoGrowth/tables'
import { weightForAge } from '@/domain/whoGrowth/weightForAge'
import { DAY_MS, WEEK_MS } from '@/domain/time'

/** WHO prints the −2 SD, median and +2 SD lines in cm to one decimal: the computed line must round to it. */
function expectPrinted(value: number, printed: number): void {
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(0.05 + 1e-9)
}

// [table row, WHO's printed −2 SD, median, +2 SD], from the z-score tables named in each file.
const printed = [
  ['length, boys, birth', publishedLengthForAge.weekly.male[0]!, 46.1, 49.9, 53.7],
  ['length, boys, 13 weeks', publishedLengthForAge.weekly.male[13]!, 57.3, 61.4, 65.5],
  ['length, girls, 6 weeks', publishedLengthForAge.weekly.female[6]!, 51.1, 55.1, 59.0],
  ['length, girls, 24 months', publishedLengthForAge.monthly.female[24]!, 80.0, 86.4, 92.9],
  ['length, boys, 12 months', publishedLengthForAge.monthly.male[12]!, 71.0, 75.7, 80.5],
  ['head, boys, birth', publishedHeadForAge.weekly.male[0]!, 31.9, 34.5, 37.0],
  ['head, girls, birth', publishedHeadForAge.weekly.female[0]!, 31.5, 33.9, 36.2],
  ['head, girls, 13 weeks', publishedHeadForAge.weekly.female[13]!, 37.0, 39.5, 42.0],
  ['head, boys, 12 months', publishedHeadForAge.monthly.male[12]!, 43.5, 46.1, 48.6],
  ['head, girls, 6 months', publishedHeadForAge.monthly.female[6]!, 39.6, 42.2, 44.8],
] as const

describe('the WHO length-for-age and head circumference-for-age tables', () => {
  it.each(printed)('give the printed lines: %s', (_, row, minus2, median, plus2) => {
    expectPrinted(valueAtZ(-2, row), minus2)
    expectPrinted(valueAtZ(0, row), median)
    expectPrinted(valueAtZ(2, row), plus2)
  })

  it('run weekly from birth to 13 weeks and monthly to 24 months, for boys and girls', () => {
    for (const published of [publishedLengthForAge, publishedHeadForAge])
      for (const sex of ['male', 'female'] as const) {
        expect(published.weekly[sex]).toHaveLength(14)
        expect(published.monthly[sex]).toHaveLength(25)
        // The weekly and the monthly tables start from the same birth row.
        expect(published.weekly[sex][0]).toEqual(published.monthly[sex][0])
      }
    for (const table of [lengthForAge.male, headForAge.female]) {
      expect(table.ageDays.slice(0, 14)).toEqual(Array.from({ length: 14 }, (_, week) => week * 7))
      expect(table.ageDays.at(-1)).toBeCloseTo(24 * MONTH_DAYS, 6)
    }
  })

  it('are the ones each chart reads', () => {
    expect(whoTables.weight).toBe(weightForAge)
    expect(whoTables.length).toBe(lengthForAge)
    expect(whoTables.head).toBe(headForAge)
  })
})

const birthAt = Date.parse('2026-03-01T10:00:00Z')
function weighed(id: string, at: number, grams: number, lengthCm?: number | null, headCm?: number | null): LogEvent {
  const stamp = '001772600000000:000000:device'
  return {
    id,
    babyId: 'b',
    kind: 'weight',
    grams,
    ...(lengthCm === undefined ? {} : { lengthCm }),
    ...(headCm === undefined ? {} : { headCm }),
    at,
    note: '',
    createdAt: stamp,
    updatedAt: stamp,
    deleted: false,
  }
}

describe('length and head on the growth chart', () => {
  const events = [
    weighed('birth', birthAt, 3500, 50, 34.5),
    weighed('day 5', birthAt + 5 * DAY_MS, 3300),
    weighed('week 6', birthAt + 6 * WEEK_MS, 5000, 57.5, null),
  ]

  it('plots only the entries that carry the measure, in cm', () => {
    const lengths = growthPoints({
      events,
      birthAt,
      dueDate: null,
      sex: 'female',
      birthWeightGrams: 3500,
      table: lengthForAge.female,
      measure: 'length',
    })
    expect(lengths.map((point) => [point.id, point.value])).toEqual([
      ['birth', 50],
      ['week 6', 57.5],
    ])
    // Only weight has a change from birth weight.
    expect(lengths.every((point) => point.changeFromBirth === null)).toBe(true)
    // 57.5 cm at 6 weeks for a girl: WHO's median is 55.1 cm, +2 SD 59.0 cm.
    expect(lengths[1]!.z).toBeGreaterThan(0)
    expect(lengths[1]!.z).toBeLessThan(2)
    const heads = growthPoints({
      events,
      birthAt,
      dueDate: null,
      sex: 'female',
      birthWeightGrams: 3500,
      table: headForAge.female,
      measure: 'head',
    })
    expect(heads.map((point) => point.id)).toEqual(['birth'])
  })

  it('offers a chart for length or head only once one was entered', () => {
    expect(measuresLogged([weighed('w', birthAt, 3500)])).toEqual(['weight'])
    expect(measuresLogged(events)).toEqual(['weight', 'length', 'head'])
    expect(measuresLogged([weighed('w', birthAt, 3500, null, 35)])).toEqual(['weight', 'head'])
    expect(measuresLogged([{ ...weighed('gone', birthAt, 3500, 50), deleted: true }])).toEqual(['weight'])
  })
})

describe('entering length and head', () => {
  it('reads centimetres as typed, to the millimetre', () => {
    expect(parseCentimetres('51')).toBe(51)
    expect(parseCentimetres('51,5')).toBe(51.5)
    expect(parseCentimetres(' 51.25 cm ')).toBe(51.3)
    expect(parseCentimetres('about 50')).toBeNull()
    expect(parseCentimetres('')).toBeNull()
  })

  it('keeps both optional, and refuses figures no baby has', () => {
    const weight = { at: birthAt, note: '', kind: 'weight', grams: 3500 } as const
    expect(validateLogContent({ ...weight, lengthCm: null, headCm: null }, birthAt).ok).toBe(true)
    expect(validateLogContent({ ...weight, lengthCm: 50.5, headCm: 34 }, birthAt).ok).toBe(true)
    expect(validateLogContent({ ...weight, lengthCm: 505, headCm: 3.4 }, birthAt)).toEqual({
      ok: false,
      errors: { lengthCm: 'lengthRange', headCm: 'headRange' },
    })
    expect(validateLogContent({ ...weight, lengthCm: Number.NaN }, birthAt)).toEqual({
      ok: false,
      errors: { lengthCm: 'lengthRange' },
    })
  })
})
