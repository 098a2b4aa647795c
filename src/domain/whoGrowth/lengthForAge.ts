/**
 * WHO Child Growth Standards (2006), length-for-age (lying down, as babies are measured to two
 * years), as LMS parameters.
 * L is 1 throughout (these measurements are normally distributed), M is the median in cm and S the
 * coefficient of variation. Values as WHO publishes them, not smoothed or refitted here:
 * lhfa_boys_0_13 / lhfa_girls_0_13 and lhfa_boys_0_2 / lhfa_girls_0_2.
 * - weekly: the "birth to 13 weeks" tables, one row per completed week;
 * - monthly: the "birth to 2 years" rows of the monthly tables.
 * Source WHO2006 in sources.ts. Loaded only with the log page, like the weight tables.
 */
import type { BabySex } from '../babyLog'
import { combined, type LmsRow, type LmsTable } from './lmsTable'

const boysWeekly: readonly LmsRow[] = [
  [1, 49.8842, 0.03795],
  [1, 51.1152, 0.03723],
  [1, 52.3461, 0.03652],
  [1, 53.3905, 0.03609],
  [1, 54.3881, 0.0357],
  [1, 55.3374, 0.03534],
  [1, 56.2357, 0.03501],
  [1, 57.0851, 0.0347],
  [1, 57.8889, 0.03442],
  [1, 58.6536, 0.03416],
  [1, 59.3872, 0.03392],
  [1, 60.0894, 0.03369],
  [1, 60.7605, 0.03348],
  [1, 61.4013, 0.03329],
]

const girlsWeekly: readonly LmsRow[] = [
  [1, 49.1477, 0.0379],
  [1, 50.3298, 0.03742],
  [1, 51.512, 0.03694],
  [1, 52.4695, 0.03669],
  [1, 53.3809, 0.03647],
  [1, 54.2454, 0.03627],
  [1, 55.0642, 0.03609],
  [1, 55.8406, 0.03593],
  [1, 56.5767, 0.03578],
  [1, 57.2761, 0.03564],
  [1, 57.9436, 0.03552],
  [1, 58.5816, 0.0354],
  [1, 59.1922, 0.0353],
  [1, 59.7773, 0.0352],
]

const boysMonthly: readonly LmsRow[] = [
  [1, 49.8842, 0.03795],
  [1, 54.7244, 0.03557],
  [1, 58.4249, 0.03424],
  [1, 61.4292, 0.03328],
  [1, 63.886, 0.03257],
  [1, 65.9026, 0.03204],
  [1, 67.6236, 0.03165],
  [1, 69.1645, 0.03139],
  [1, 70.5994, 0.03124],
  [1, 71.9687, 0.03117],
  [1, 73.2812, 0.03118],
  [1, 74.5388, 0.03125],
  [1, 75.7488, 0.03137],
  [1, 76.9186, 0.03154],
  [1, 78.0497, 0.03174],
  [1, 79.1458, 0.03197],
  [1, 80.2113, 0.03222],
  [1, 81.2487, 0.0325],
  [1, 82.2587, 0.03279],
  [1, 83.2418, 0.0331],
  [1, 84.1996, 0.03342],
  [1, 85.1348, 0.03376],
  [1, 86.0477, 0.0341],
  [1, 86.941, 0.03445],
  [1, 87.8161, 0.03479],
]

const girlsMonthly: readonly LmsRow[] = [
  [1, 49.1477, 0.0379],
  [1, 53.6872, 0.0364],
  [1, 57.0673, 0.03568],
  [1, 59.8029, 0.0352],
  [1, 62.0899, 0.03486],
  [1, 64.0301, 0.03463],
  [1, 65.7311, 0.03448],
  [1, 67.2873, 0.03441],
  [1, 68.7498, 0.0344],
  [1, 70.1435, 0.03444],
  [1, 71.4818, 0.03452],
  [1, 72.771, 0.03464],
  [1, 74.015, 0.03479],
  [1, 75.2176, 0.03496],
  [1, 76.3817, 0.03514],
  [1, 77.5099, 0.03534],
  [1, 78.6055, 0.03555],
  [1, 79.671, 0.03576],
  [1, 80.7079, 0.03598],
  [1, 81.7182, 0.0362],
  [1, 82.7036, 0.03643],
  [1, 83.6654, 0.03666],
  [1, 84.604, 0.03688],
  [1, 85.5202, 0.03711],
  [1, 86.4153, 0.03734],
]

export const lengthForAge: Record<BabySex, LmsTable> = {
  male: combined(boysWeekly, boysMonthly),
  female: combined(girlsWeekly, girlsMonthly),
}

/** The tables as WHO publishes them, for tests that check the figures row by row. */
export const publishedLengthForAge = {
  weekly: { male: boysWeekly, female: girlsWeekly },
  monthly: { male: boysMonthly, female: girlsMonthly },
} as const
