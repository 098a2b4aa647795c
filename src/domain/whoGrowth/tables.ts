import type { BabySex } from '../babyLog'
import type { GrowthMeasure } from '../growth'
import { headForAge } from './headForAge'
import { lengthForAge } from './lengthForAge'
import type { LmsTable } from './lmsTable'
import { weightForAge } from './weightForAge'

/** The WHO table each chart reads, by measure and sex. */
export const whoTables: Record<GrowthMeasure, Record<BabySex, LmsTable>> = {
  weight: weightForAge,
  length: lengthForAge,
  head: headForAge,
}
