/**
 * Growth against the WHO Child Growth Standards by the LMS method (Cole & Green 1992, as WHO uses it):
 * a measurement becomes a z-score, a z-score a centile. Pure maths over a table passed in, so the
 * tables (whoGrowth/) load only with the page that draws the chart. Wording never diagnoses: a point
 * is "between the 25th and 50th centile lines", as the UK-WHO chart reads (S-WHO).
 */
import type { BabySex, LogEvent } from './babyLog'
import { gestationAtBirth, PRETERM_BEFORE_DAYS } from './correctedAge'
import { DAY_MS } from './time'
import { changeFromBirth } from './weight'
import type { LmsRow, LmsTable } from './whoGrowth/lmsTable'

/** The UK-WHO chart's lines: 2nd, 9th, 25th, 50th, 75th, 91st and 98th centiles, two-thirds of a z-score apart. */
export const centileLines = [
  { centile: 2, z: -2.054 },
  { centile: 9, z: -1.341 },
  { centile: 25, z: -0.674 },
  { centile: 50, z: 0 },
  { centile: 75, z: 0.674 },
  { centile: 91, z: 1.341 },
  { centile: 98, z: 2.054 },
] as const
export type CentileLine = (typeof centileLines)[number]['centile']

/** z-score of a measurement: ((x/M)^L − 1) / (L·S), and ln(x/M)/S where L is 0. */
export function zScore(value: number, [l, m, s]: LmsRow): number {
  if (Math.abs(l) < 1e-9) return Math.log(value / m) / s
  return ((value / m) ** l - 1) / (l * s)
}

/** The measurement at a z-score: M·(1 + L·S·z)^(1/L), and M·e^(S·z) where L is 0. */
export function valueAtZ(z: number, [l, m, s]: LmsRow): number {
  if (Math.abs(l) < 1e-9) return m * Math.exp(s * z)
  return m * (1 + l * s * z) ** (1 / l)
}

/** Standard normal CDF, Φ(z), by the Abramowitz–Stegun 7.1.26 erf approximation (error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
  const erf = 1 - poly * Math.exp(-x * x)
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}

/** The centile of a z-score, 0–100. */
export const centileOf = (z: number): number => normalCdf(z) * 100

/**
 * The table's L, M and S at an age in days, linear between its rows (as WHO's own software does
 * between its daily rows). Null outside the table: before birth (or the due date) or after 24 months.
 */
export function lmsAt(table: LmsTable, ageDays: number): LmsRow | null {
  const { ageDays: ages, rows } = table
  if (ageDays < 0 || ageDays > ages[ages.length - 1]!) return null
  let index = ages.findIndex((age) => age >= ageDays)
  if (ages[index] === ageDays) return rows[index]!
  index = Math.max(1, index)
  const [a0, a1] = [ages[index - 1]!, ages[index]!]
  const [r0, r1] = [rows[index - 1]!, rows[index]!]
  const f = (ageDays - a0) / (a1 - a0)
  return [r0[0] + (r1[0] - r0[0]) * f, r0[1] + (r1[1] - r0[1]) * f, r0[2] + (r1[2] - r0[2]) * f]
}

/**
 * Where a point lies among the chart's lines. `on` when it sits within a tenth of a z-score of one
 * line; otherwise the lines below and above it (null past the outermost line).
 */
export type CentilePosition =
  | { kind: 'on'; line: CentileLine }
  | { kind: 'between'; below: CentileLine; above: CentileLine }
  | { kind: 'below'; line: CentileLine }
  | { kind: 'above'; line: CentileLine }

const ON_LINE_Z = 0.1

export function centilePosition(z: number): CentilePosition {
  const near = centileLines.find((line) => Math.abs(line.z - z) <= ON_LINE_Z)
  if (near) return { kind: 'on', line: near.centile }
  const first = centileLines[0]
  const last = centileLines[centileLines.length - 1]!
  if (z < first.z) return { kind: 'below', line: first.centile }
  if (z > last.z) return { kind: 'above', line: last.centile }
  const aboveIndex = centileLines.findIndex((line) => line.z > z)
  return { kind: 'between', below: centileLines[aboveIndex - 1]!.centile, above: centileLines[aboveIndex]!.centile }
}

/**
 * Days to take off a premature baby's age (born before 37 weeks), 0 otherwise: growth is read by
 * corrected age until two years (S118, S119). Twins share the birth and so the due date.
 */
export function correctionDays(birthAt: number, dueDate: string | null): number {
  if (dueDate === null) return 0
  const { weeks, days, daysEarly } = gestationAtBirth(birthAt, dueDate)
  return weeks * 7 + days < PRETERM_BEFORE_DAYS ? daysEarly : 0
}

/** What a chart can show: weight in kg, length and head circumference in cm. */
export const growthMeasures = ['weight', 'length', 'head'] as const
export type GrowthMeasure = (typeof growthMeasures)[number]

type WeightEvent = LogEvent & { kind: 'weight' }

/** An entry's figure for a chart, in the chart's unit (kg or cm); null when it was not measured. */
export function measurementOf(event: WeightEvent, measure: GrowthMeasure): number | null {
  if (measure === 'weight') return event.grams / 1000
  const value = measure === 'length' ? event.lengthCm : event.headCm
  return typeof value === 'number' ? value : null
}

/** The charts a baby has figures for, in order: weight always, length and head once one is entered. */
export function measuresLogged(events: readonly LogEvent[]): GrowthMeasure[] {
  const weights = events.filter((event): event is WeightEvent => event.kind === 'weight' && !event.deleted)
  return growthMeasures.filter(
    (measure) => measure === 'weight' || weights.some((event) => measurementOf(event, measure) !== null),
  )
}

export interface GrowthPoint {
  id: string
  at: number
  /** The figure the chart plots: kg for weight, cm for length and head. */
  value: number
  /** Days since birth, as lived. */
  ageDays: number
  /** The age the chart plots: corrected for a premature baby. */
  plotDays: number
  /** Null when the chart has no centile for it: sex not set, before the due date, past 24 months. */
  z: number | null
  position: CentilePosition | null
  /** Change from birth weight in %, shown in the first two weeks only (a newborn's first check). */
  changeFromBirth: number | null
}

export interface GrowthInput {
  /** The baby's weight entries (which carry length and head too), any order; other kinds are ignored. */
  events: readonly LogEvent[]
  birthAt: number
  dueDate: string | null
  sex: BabySex | null | undefined
  birthWeightGrams: number | null
  /** The WHO table for this measure and sex. */
  table: LmsTable | null
  /** Weight unless said otherwise. */
  measure?: GrowthMeasure
}

const FIRST_WEEKS_DAYS = 14

/** The baby's measurements as chart points, oldest first: entries without this measure are left out. */
export function growthPoints(input: GrowthInput): GrowthPoint[] {
  const { events, birthAt, dueDate, sex, birthWeightGrams, table, measure = 'weight' } = input
  const correction = correctionDays(birthAt, dueDate)
  return events
    .filter((event): event is WeightEvent => event.kind === 'weight' && !event.deleted)
    .filter((event) => event.at >= birthAt && measurementOf(event, measure) !== null)
    .sort((a, b) => a.at - b.at)
    .map((event) => {
      const value = measurementOf(event, measure)!
      const ageDays = (event.at - birthAt) / DAY_MS
      const plotDays = ageDays - correction
      const lms = sex && table ? lmsAt(table, plotDays) : null
      const z = lms ? zScore(value, lms) : null
      const change =
        measure === 'weight' && birthWeightGrams && ageDays < FIRST_WEEKS_DAYS
          ? changeFromBirth(event.grams, birthWeightGrams)
          : null
      return {
        id: event.id,
        at: event.at,
        value,
        ageDays,
        plotDays,
        z,
        position: z === null ? null : centilePosition(z),
        changeFromBirth: change,
      }
    })
}

/** One centile line as points (age in days, the table's unit) at every row of the table up to `toDays`. */
export function centileCurve(table: LmsTable, z: number, toDays: number): { days: number; value: number }[] {
  const points: { days: number; value: number }[] = []
  for (const [index, days] of table.ageDays.entries()) {
    if (days > toDays) {
      const lms = lmsAt(table, toDays)
      if (lms) points.push({ days: toDays, value: valueAtZ(z, lms) })
      break
    }
    points.push({ days, value: valueAtZ(z, table.rows[index]!) })
  }
  return points
}

/** An age as the chart speaks it: days in the first two weeks, weeks to six months (as Today counts), then months. */
export type ChartAge = { unit: 'days' | 'weeks' | 'months'; value: number }

export function chartAge(days: number): ChartAge {
  if (days < 14) return { unit: 'days', value: Math.max(0, Math.floor(days)) }
  if (days < 26 * 7) return { unit: 'weeks', value: Math.floor(days / 7) }
  return { unit: 'months', value: Math.floor(days / (365.25 / 12)) }
}

/** The age range the chart shows: at least the first 13 weeks, then up to the month after the last point. */
export function chartSpanDays(points: readonly GrowthPoint[]): number {
  const last = Math.max(0, ...points.map((point) => point.plotDays))
  const weeks13 = 13 * 7
  if (last <= weeks13 - 7) return weeks13
  const monthDays = 365.25 / 12
  return Math.min(24 * monthDays, (Math.floor(last / monthDays) + 2) * monthDays)
}
