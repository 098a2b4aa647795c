import type { ClosenessIdea } from './closeness'

/** 1 = very low … 5 = very good. The two lowest steps count as low mood. */
export const moodLevels = [1, 2, 3, 4, 5] as const
export type MoodLevel = (typeof moodLevels)[number]

export const feelings = [
  'tearful',
  'anxious',
  'calm',
  'happy',
  'overwhelmed',
  'irritable',
  'exhausted',
  'connected',
  'lonely',
] as const
export type Feeling = (typeof feelings)[number]

/** What helped: the closeness ideas plus everyday supports a parent may name. */
export const helpedOptions = [
  'longHug',
  'skinToSkin',
  'massage',
  'walk',
  'warmBath',
  'calmMusic',
  'rest',
  'food',
  'talking',
] as const satisfies readonly (ClosenessIdea | 'food' | 'talking')[]
export type Helped = (typeof helpedOptions)[number]

export interface JournalEntry {
  id?: number
  /** When the feeling was felt (epoch ms); the parent can change it. */
  at: number
  mood: MoodLevel
  feelings: Feeling[]
  helped: Helped[]
  sleepHours: number | null
  text: string
  createdAt: number
  updatedAt: number
}
