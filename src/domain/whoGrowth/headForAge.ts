/**
 * WHO Child Growth Standards (2006), head circumference-for-age, as LMS parameters.
 * L is 1 throughout (these measurements are normally distributed), M is the median in cm and S the
 * coefficient of variation. Values as WHO publishes them, not smoothed or refitted here:
 * hcfa_boys_0_13 / hcfa_girls_0_13, and the 0–5 year hcfa tables cut at 24 months.
 * - weekly: the "birth to 13 weeks" tables, one row per completed week;
 * - monthly: the "birth to 2 years" rows of the monthly tables.
 * Source WHO2006 in sources.ts. Loaded only with the log page, like the weight tables.
 */
import type { BabySex } from '../babyLog'
import { combined, type LmsRow, type LmsTable } from './lmsTable'

const boysWeekly: readonly LmsRow[] = [
  [1, 34.4618, 0.03686],
  [1, 35.1634, 0.03472],
  [1, 35.8649, 0.03258],
  [1, 36.5216, 0.03197],
  [1, 37.0926, 0.03148],
  [1, 37.601, 0.03107],
  [1, 38.0609, 0.03072],
  [1, 38.4824, 0.03041],
  [1, 38.8724, 0.03014],
  [1, 39.2368, 0.0299],
  [1, 39.5797, 0.02969],
  [1, 39.9033, 0.0295],
  [1, 40.2096, 0.02933],
  [1, 40.5008, 0.02918],
]

const girlsWeekly: readonly LmsRow[] = [
  [1, 33.8787, 0.03496],
  [1, 34.5529, 0.03374],
  [1, 35.2272, 0.03251],
  [1, 35.843, 0.03231],
  [1, 36.3761, 0.03215],
  [1, 36.8472, 0.03202],
  [1, 37.2711, 0.03191],
  [1, 37.6584, 0.03182],
  [1, 38.0167, 0.03173],
  [1, 38.3516, 0.03166],
  [1, 38.6673, 0.03158],
  [1, 38.9661, 0.03152],
  [1, 39.2501, 0.03146],
  [1, 39.521, 0.0314],
]

const boysMonthly: readonly LmsRow[] = [
  [1, 34.4618, 0.03686],
  [1, 37.2759, 0.03133],
  [1, 39.1285, 0.02997],
  [1, 40.5135, 0.02918],
  [1, 41.6317, 0.02868],
  [1, 42.5576, 0.02837],
  [1, 43.3306, 0.02817],
  [1, 43.9803, 0.02804],
  [1, 44.53, 0.02796],
  [1, 44.9998, 0.02792],
  [1, 45.4051, 0.0279],
  [1, 45.7573, 0.02789],
  [1, 46.0661, 0.02789],
  [1, 46.3395, 0.02789],
  [1, 46.5844, 0.02791],
  [1, 46.806, 0.02792],
  [1, 47.0088, 0.02795],
  [1, 47.1962, 0.02797],
  [1, 47.3711, 0.028],
  [1, 47.5357, 0.02803],
  [1, 47.6919, 0.02806],
  [1, 47.8408, 0.0281],
  [1, 47.9833, 0.02813],
  [1, 48.1201, 0.02817],
  [1, 48.2515, 0.02821],
]

const girlsMonthly: readonly LmsRow[] = [
  [1, 33.8787, 0.03496],
  [1, 36.5463, 0.0321],
  [1, 38.2521, 0.03168],
  [1, 39.5328, 0.0314],
  [1, 40.5817, 0.03119],
  [1, 41.459, 0.03102],
  [1, 42.1995, 0.03087],
  [1, 42.829, 0.03075],
  [1, 43.3671, 0.03063],
  [1, 43.83, 0.03053],
  [1, 44.2319, 0.03044],
  [1, 44.5844, 0.03035],
  [1, 44.8965, 0.03027],
  [1, 45.1752, 0.03019],
  [1, 45.4265, 0.03012],
  [1, 45.6551, 0.03006],
  [1, 45.865, 0.02999],
  [1, 46.0598, 0.02993],
  [1, 46.2424, 0.02987],
  [1, 46.4152, 0.02982],
  [1, 46.5801, 0.02977],
  [1, 46.7384, 0.02972],
  [1, 46.8913, 0.02967],
  [1, 47.0391, 0.02962],
  [1, 47.1822, 0.02957],
]

export const headForAge: Record<BabySex, LmsTable> = {
  male: combined(boysWeekly, boysMonthly),
  female: combined(girlsWeekly, girlsMonthly),
}

/** The tables as WHO publishes them, for tests that check the figures row by row. */
export const publishedHeadForAge = {
  weekly: { male: boysWeekly, female: girlsWeekly },
  monthly: { male: boysMonthly, female: girlsMonthly },
} as const
