import { describe, expect, it } from 'vitest'
import type { LogEvent } from '@/domain/babyLog'
import {
  centileCurve,
  chartAge,
  centileLines,
  centileOf,
  centilePosition,
  correctionDays,
  growthPoints,
  lmsAt,
  normalCdf,
  valueAtZ,
  zScore,
} from '@/domain/growth'
import { MONTH_DAYS } from '@/domain/whoGrowth/lmsTable'
import { publishedWeightForAge, weightForAge } from '@/domain/whoGrowth/weightForAge'
import { DAY_MS, WEEK_MS } from '@/domain/time'

/** WHO's printed tables give kilograms to one decimal: the computed value must round to the printed one. */
function expectPrinted(value: number, printed: number): void {
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(0.05 + 1e-9)
}

/** z at the 3rd and 97th centiles, as WHO's percentile tables use them. */
const P3 = -1.880794
const P97 = 1.880794

describe('the WHO weight-for-age tables', () => {
  it('hold the published birth rows for boys and girls', () => {
    expect(publishedWeightForAge.weekly.male[0]).toEqual([0.3487, 3.3464, 0.14602])
    expect(publishedWeightForAge.weekly.female[0]).toEqual([0.3809, 3.2322, 0.14171])
    expect(publishedWeightForAge.monthly.male[0]).toEqual([0.3487, 3.3464, 0.14602])
    expect(publishedWeightForAge.monthly.female[0]).toEqual([0.3809, 3.2322, 0.14171])
  })

  it('run weekly from birth to 13 weeks and monthly to 24 months', () => {
    for (const sex of ['male', 'female'] as const) {
      expect(publishedWeightForAge.weekly[sex]).toHaveLength(14)
      expect(publishedWeightForAge.monthly[sex]).toHaveLength(25)
      const { ageDays } = weightForAge[sex]
      expect(ageDays.slice(0, 14)).toEqual(Array.from({ length: 14 }, (_, week) => week * 7))
      expect(ageDays.at(-1)).toBeCloseTo(24 * MONTH_DAYS, 6)
      expect([...ageDays].sort((a, b) => a - b)).toEqual(ageDays)
    }
  })

  it('meet at 13 weeks and 3 months, where the weekly and monthly tables describe almost the same day', () => {
    const week13 = publishedWeightForAge.weekly.male[13]!
    const month3 = publishedWeightForAge.monthly.male[3]!
    expect(week13[1]).toBeCloseTo(month3[1], 1)
  })
})

describe('LMS maths', () => {
  it('puts the 50th centile on M', () => {
    const birth = publishedWeightForAge.weekly.male[0]!
    expect(valueAtZ(0, birth)).toBe(3.3464)
    expect(zScore(3.3464, birth)).toBe(0)
    expect(centileOf(0)).toBeCloseTo(50, 6)
  })

  it('turns a value into a z-score and back', () => {
    const row = publishedWeightForAge.monthly.female[6]!
    for (const z of [-3, -2.054, -1, 0, 0.674, 2, 3]) expect(zScore(valueAtZ(z, row), row)).toBeCloseTo(z, 9)
  })

  it('handles L = 0 with the log form', () => {
    const row = [0, 5, 0.1] as const
    expect(valueAtZ(1, row)).toBeCloseTo(5 * Math.exp(0.1), 12)
    expect(zScore(5 * Math.exp(0.1), row)).toBeCloseTo(1, 12)
  })

  it('gives the normal CDF to within 1e-6', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7)
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6)
    expect(normalCdf(-1.881)).toBeCloseTo(0.029985, 5)
    expect(centileOf(2.054)).toBeCloseTo(98, 1)
    expect(centileOf(-1.341)).toBeCloseTo(9, 1)
    expect(centileOf(0.674)).toBeCloseTo(75, 1)
  })

  it('reproduces WHO published boys percentiles, birth to 2 weeks (P3, P50, P97)', () => {
    const [w0, w1, w2] = publishedWeightForAge.weekly.male
    expectPrinted(valueAtZ(P3, w0!), 2.5)
    expectPrinted(valueAtZ(0, w0!), 3.3)
    expectPrinted(valueAtZ(P97, w0!), 4.3)
    expectPrinted(valueAtZ(P3, w1!), 2.6)
    expectPrinted(valueAtZ(P97, w1!), 4.5)
    expectPrinted(valueAtZ(P3, w2!), 2.8)
    expectPrinted(valueAtZ(P97, w2!), 4.9)
  })

  it('reproduces WHO published girls z-score values by week (−2, 0, +2 and +3 SD)', () => {
    const weekly = publishedWeightForAge.weekly.female
    expectPrinted(valueAtZ(-2, weekly[0]!), 2.4)
    expectPrinted(valueAtZ(0, weekly[0]!), 3.2)
    expectPrinted(valueAtZ(2, weekly[0]!), 4.2)
    expectPrinted(valueAtZ(3, weekly[0]!), 4.8)
    expectPrinted(valueAtZ(-2, weekly[1]!), 2.5)
    expectPrinted(valueAtZ(2, weekly[1]!), 4.4)
    expectPrinted(valueAtZ(-2, weekly[3]!), 2.9)
    expectPrinted(valueAtZ(2, weekly[3]!), 5.0)
    expectPrinted(valueAtZ(-2, weekly[4]!), 3.1)
  })

  it('reproduces WHO published boys z-score values by month (−2 and +2 SD at 1, 2 and 3 months)', () => {
    const monthly = publishedWeightForAge.monthly.male
    expectPrinted(valueAtZ(-2, monthly[0]!), 2.5)
    expectPrinted(valueAtZ(2, monthly[0]!), 4.4)
    expectPrinted(valueAtZ(-2, monthly[1]!), 3.4)
    expectPrinted(valueAtZ(2, monthly[1]!), 5.8)
    expectPrinted(valueAtZ(-2, monthly[2]!), 4.3)
    expectPrinted(valueAtZ(2, monthly[2]!), 7.1)
    expectPrinted(valueAtZ(-2, monthly[3]!), 5.0)
    expectPrinted(valueAtZ(2, monthly[3]!), 8.0)
  })

  it('draws the UK-WHO 2nd and 98th centile lines at birth, 4, 8 and 13 weeks', () => {
    const weekly = publishedWeightForAge.weekly.male
    const line = (week: number, z: number) => valueAtZ(z, weekly[week]!)
    // At birth WHO prints P1 2.3, P3 2.5, P97 4.3 and P99 4.6 kg for boys: the 2nd and 98th lie between.
    expect(line(0, -2.054)).toBeGreaterThan(2.3)
    expect(line(0, -2.054)).toBeLessThan(2.5)
    expect(line(0, 2.054)).toBeGreaterThan(4.3)
    expect(line(0, 2.054)).toBeLessThan(4.6)
    for (const week of [4, 8, 13]) {
      expect(line(week, -2.054)).toBeLessThan(line(week, 0))
      expect(line(week, 2.054)).toBeGreaterThan(line(week, 0))
      expect(line(week, 0)).toBe(weekly[week]![1])
    }
  })
})

describe('lmsAt', () => {
  it('returns the table row on a row and interpolates between rows', () => {
    const table = weightForAge.female
    expect(lmsAt(table, 7)).toEqual(publishedWeightForAge.weekly.female[1])
    const half = lmsAt(table, 3.5)!
    expect(half[1]).toBeCloseTo((3.2322 + 3.3388) / 2, 10)
  })

  it('has nothing before birth or after 24 months', () => {
    expect(lmsAt(weightForAge.male, -1)).toBeNull()
    expect(lmsAt(weightForAge.male, 24 * MONTH_DAYS + 1)).toBeNull()
  })
})

describe('centilePosition', () => {
  it('names the two lines a point lies between, never a verdict', () => {
    expect(centilePosition(-0.3)).toEqual({ kind: 'between', below: 25, above: 50 })
    expect(centilePosition(1)).toEqual({ kind: 'between', below: 75, above: 91 })
  })

  it('says "on" a line within a tenth of a z-score of it', () => {
    expect(centilePosition(0.05)).toEqual({ kind: 'on', line: 50 })
    expect(centilePosition(-2.0)).toEqual({ kind: 'on', line: 2 })
  })

  it('says below the lowest or above the highest line', () => {
    expect(centilePosition(-2.5)).toEqual({ kind: 'below', line: 2 })
    expect(centilePosition(2.5)).toEqual({ kind: 'above', line: 98 })
  })

  it('has the seven lines of the UK-WHO chart', () => {
    expect(centileLines.map((line) => line.centile)).toEqual([2, 9, 25, 50, 75, 91, 98])
  })
})

const birthAt = new Date(2026, 0, 10, 14, 30).getTime()
function weight(id: string, at: number, grams: number): LogEvent {
  const stamp = '0000000000000-0000-device'
  return { id, babyId: 'b', kind: 'weight', grams, at, note: '', createdAt: stamp, updatedAt: stamp, deleted: false }
}

describe('correctionDays', () => {
  it('takes off the weeks born early before 37 weeks, nothing at term or without a due date', () => {
    expect(correctionDays(birthAt, '2026-03-07')).toBe(56)
    expect(correctionDays(birthAt, '2026-01-31')).toBe(0)
    expect(correctionDays(birthAt, null)).toBe(0)
  })
})

describe('growthPoints', () => {
  it('places each weight on the chart with its centile position, oldest first', () => {
    const events = [weight('b', birthAt + 5 * WEEK_MS, 4120), weight('a', birthAt, 3346)]
    const points = growthPoints({
      events,
      birthAt,
      dueDate: null,
      sex: 'male',
      birthWeightGrams: 3346,
      table: weightForAge.male,
    })
    expect(points.map((point) => point.id)).toEqual(['a', 'b'])
    expect(points[0]!.position).toEqual({ kind: 'on', line: 50 })
    expect(points[1]!.ageDays).toBe(35)
    expect(points[1]!.position).toEqual({ kind: 'between', below: 9, above: 25 })
  })

  it('gives no centiles while the sex is not set', () => {
    const [point] = growthPoints({
      events: [weight('a', birthAt + DAY_MS, 3400)],
      birthAt,
      dueDate: null,
      sex: null,
      birthWeightGrams: 3500,
      table: weightForAge.male,
    })
    expect(point!.z).toBeNull()
    expect(point!.position).toBeNull()
  })

  it('shows the change from birth weight in the first two weeks only', () => {
    const points = growthPoints({
      events: [weight('a', birthAt + 3 * DAY_MS, 3255), weight('b', birthAt + 15 * DAY_MS, 3600)],
      birthAt,
      dueDate: null,
      sex: 'female',
      birthWeightGrams: 3500,
      table: weightForAge.female,
    })
    expect(points.map((point) => point.changeFromBirth)).toEqual([-7, null])
  })

  it('plots a baby born at 32 weeks by corrected age, and has no WHO centile before the due date', () => {
    const points = growthPoints({
      events: [weight('a', birthAt + 2 * WEEK_MS, 1900), weight('b', birthAt + 16 * WEEK_MS, 5000)],
      birthAt,
      dueDate: '2026-03-07',
      sex: 'female',
      birthWeightGrams: 1800,
      table: weightForAge.female,
    })
    expect(points[0]!.plotDays).toBe(14 - 56)
    expect(points[0]!.z).toBeNull()
    expect(points[1]!.plotDays).toBe(16 * 7 - 56)
    expect(points[1]!.z).not.toBeNull()
  })
})

describe('centileCurve', () => {
  it('follows the table rows and ends at the requested age', () => {
    const curve = centileCurve(weightForAge.male, 0, 10)
    expect(curve.map((point) => point.days)).toEqual([0, 7, 10])
    expect(curve[0]!.value).toBe(3.3464)
  })
})

describe('chartAge', () => {
  it('speaks in days for two weeks, weeks to six months, then months', () => {
    expect(chartAge(3.7)).toEqual({ unit: 'days', value: 3 })
    expect(chartAge(35)).toEqual({ unit: 'weeks', value: 5 })
    expect(chartAge(13 * 7)).toEqual({ unit: 'weeks', value: 13 })
    expect(chartAge(16 * 7 + 3)).toEqual({ unit: 'weeks', value: 16 })
    expect(chartAge(200)).toEqual({ unit: 'months', value: 6 })
  })
})
