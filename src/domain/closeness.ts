/**
 * Gentle ways to support calm and closeness (oxytocin), from the fact sheet and product origin.
 * Invitations, never duties: no counts of hugs, no minutes to reach. Texts: `closeness.<id>.*`.
 */
export const closenessIdeas = [
  'skinToSkin',
  'touch',
  'massage',
  'longHug',
  'warmBath',
  'calmMusic',
  'walk',
  'dimLight',
  'eatTogether',
  'breathing',
  'rest',
] as const

export type ClosenessIdea = (typeof closenessIdeas)[number]
