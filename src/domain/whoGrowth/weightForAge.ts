/**
 * WHO Child Growth Standards (2006), weight-for-age, as LMS parameters (L: Box-Cox power, M: median
 * in kg, S: coefficient of variation). Values as WHO publishes them, not smoothed or refitted here:
 * - weekly: the "birth to 13 weeks" tables (wfa_boys_0_13 / wfa_girls_0_13), one row per completed week;
 * - monthly: the "birth to 5 years" tables (wfa_boys_0_5 / wfa_girls_0_5), cut at 24 months.
 * The weekly rows equal WHO's daily ("expanded") table at day 7 × week, which is how they were checked.
 * Source S-WHO in sources.ts. This file is loaded only with the log page (see GrowthChart.vue).
 */
import type { BabySex } from '../babyLog'
import { combined, type LmsRow, type LmsTable } from './lmsTable'

const boysWeekly: readonly LmsRow[] = [
  [0.3487, 3.3464, 0.14602],
  [0.2776, 3.4879, 0.14483],
  [0.2581, 3.7529, 0.14142],
  [0.2442, 4.0603, 0.13807],
  [0.2331, 4.3671, 0.13497],
  [0.2237, 4.659, 0.13215],
  [0.2155, 4.9303, 0.1296],
  [0.2081, 5.1817, 0.12729],
  [0.2014, 5.4149, 0.1252],
  [0.1952, 5.6319, 0.1233],
  [0.1894, 5.8346, 0.12157],
  [0.184, 6.0242, 0.12001],
  [0.1789, 6.2019, 0.1186],
  [0.174, 6.369, 0.11732],
]

const girlsWeekly: readonly LmsRow[] = [
  [0.3809, 3.2322, 0.14171],
  [0.2671, 3.3388, 0.146],
  [0.2304, 3.5693, 0.14339],
  [0.2024, 3.8352, 0.1406],
  [0.1789, 4.0987, 0.13805],
  [0.1582, 4.3476, 0.13583],
  [0.1395, 4.5793, 0.13392],
  [0.1224, 4.795, 0.13228],
  [0.1065, 4.9959, 0.13087],
  [0.0918, 5.1842, 0.12966],
  [0.0779, 5.3618, 0.12861],
  [0.0648, 5.5295, 0.1277],
  [0.0525, 5.6883, 0.12691],
  [0.0407, 5.8393, 0.12622],
]

const boysMonthly: readonly LmsRow[] = [
  [0.3487, 3.3464, 0.14602],
  [0.2297, 4.4709, 0.13395],
  [0.197, 5.5675, 0.12385],
  [0.1738, 6.3762, 0.11727],
  [0.1553, 7.0023, 0.11316],
  [0.1395, 7.5105, 0.1108],
  [0.1257, 7.934, 0.10958],
  [0.1134, 8.297, 0.10902],
  [0.1021, 8.6151, 0.10882],
  [0.0917, 8.9014, 0.10881],
  [0.082, 9.1649, 0.10891],
  [0.073, 9.4122, 0.10906],
  [0.0644, 9.6479, 0.10925],
  [0.0563, 9.8749, 0.10949],
  [0.0487, 10.0953, 0.10976],
  [0.0413, 10.3108, 0.11007],
  [0.0343, 10.5228, 0.11041],
  [0.0275, 10.7319, 0.11079],
  [0.0211, 10.9385, 0.11119],
  [0.0148, 11.143, 0.11164],
  [0.0087, 11.3462, 0.11211],
  [0.0029, 11.5486, 0.11261],
  [-0.0028, 11.7504, 0.11314],
  [-0.0083, 11.9514, 0.11369],
  [-0.0137, 12.1515, 0.11426],
]

const girlsMonthly: readonly LmsRow[] = [
  [0.3809, 3.2322, 0.14171],
  [0.1714, 4.1873, 0.13724],
  [0.0962, 5.1282, 0.13],
  [0.0402, 5.8458, 0.12619],
  [-0.005, 6.4237, 0.12402],
  [-0.043, 6.8985, 0.12274],
  [-0.0756, 7.297, 0.12204],
  [-0.1039, 7.6422, 0.12178],
  [-0.1288, 7.9487, 0.12181],
  [-0.1507, 8.2254, 0.12199],
  [-0.17, 8.48, 0.12223],
  [-0.1872, 8.7192, 0.12247],
  [-0.2024, 8.9481, 0.12268],
  [-0.2158, 9.1699, 0.12283],
  [-0.2278, 9.387, 0.12294],
  [-0.2384, 9.6008, 0.12299],
  [-0.2478, 9.8124, 0.12303],
  [-0.2562, 10.0226, 0.12306],
  [-0.2637, 10.2315, 0.12309],
  [-0.2703, 10.4393, 0.12315],
  [-0.2762, 10.6464, 0.12323],
  [-0.2815, 10.8534, 0.12335],
  [-0.2862, 11.0608, 0.1235],
  [-0.2903, 11.2688, 0.12369],
  [-0.2941, 11.4775, 0.1239],
]

export const weightForAge: Record<BabySex, LmsTable> = {
  male: combined(boysWeekly, boysMonthly),
  female: combined(girlsWeekly, girlsMonthly),
}

/** The tables as WHO publishes them, for tests that check the figures row by row. */
export const publishedWeightForAge = {
  weekly: { male: boysWeekly, female: girlsWeekly },
  monthly: { male: boysMonthly, female: girlsMonthly },
} as const
