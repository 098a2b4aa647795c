export const countries = ['SE', 'NL', 'UK', 'other'] as const
export type Country = (typeof countries)[number]

export const birthModes = ['vaginal', 'caesarean'] as const
export type BirthMode = (typeof birthModes)[number]

export const feedingPlans = ['breast', 'formula', 'both'] as const
export type FeedingPlan = (typeof feedingPlans)[number]

/**
 * What the family told us about the birth. `birthAt` is an absolute instant (epoch ms) so that
 * time zones and daylight-saving changes can never move a window; `dueDate` is a calendar date.
 */
export interface Profile {
  birthAt: number | null
  dueDate: string | null
  country: Country
  birthMode: BirthMode | null
  epidural: boolean
  oxytocinDrip: boolean
  feeding: FeedingPlan | null
  /** The baby is in neonatal care: the first hours and days change (no countdowns that cannot apply). Absent means no. */
  neonatalCare?: boolean
}

export function emptyProfile(country: Country = 'other'): Profile {
  return { birthAt: null, dueDate: null, country, birthMode: null, epidural: false, oxytocinDrip: false, feeding: null }
}

/** A guess of the country from the browser's region, e.g. "sv-SE" → SE, "en-GB" → UK. */
export function countryFromLanguages(languages: readonly string[]): Country {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase()
    if (region === 'SE') return 'SE'
    if (region === 'NL') return 'NL'
    if (region === 'GB' || region === 'UK') return 'UK'
  }
  return 'other'
}
