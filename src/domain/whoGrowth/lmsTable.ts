/** One row of a WHO LMS table: [L, M, S] (Box-Cox power, median, coefficient of variation). */
export type LmsRow = readonly [l: number, m: number, s: number]

export interface LmsTable {
  /** Age of each row in days since birth (weeks × 7; months × 30.4375, WHO's mean month). */
  ageDays: readonly number[]
  rows: readonly LmsRow[]
}

const WEEK_DAYS = 7
export const MONTH_DAYS = 30.4375

/**
 * Weekly rows to 13 weeks, then the monthly rows from 4 months (122 days; month 3 at 91.3 days and
 * week 13 at 91 days are the same point twice), so the chart is fine-grained where a newborn changes fastest.
 */
export function combined(weekly: readonly LmsRow[], monthly: readonly LmsRow[]): LmsTable {
  const ageDays = [
    ...weekly.map((_, week) => week * WEEK_DAYS),
    ...monthly.slice(4).map((_, i) => (i + 4) * MONTH_DAYS),
  ]
  return { ageDays, rows: [...weekly, ...monthly.slice(4)] }
}
