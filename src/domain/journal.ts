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
  /**
   * The parent ticked "I have had thoughts of harming myself or my baby". An explicit answer, never
   * guessed from the text; it brings up the urgent help card. Absent on entries written before it existed.
   */
  harmThoughts?: boolean
  createdAt: number
  updatedAt: number
}

/** Long enough for a page of thoughts at 3 a.m.; short enough to keep a year of entries quick. */
export const MAX_TEXT_LENGTH = 10_000
export const MIN_SLEEP_HOURS = 0
export const MAX_SLEEP_HOURS = 24

/** What the entry form holds while someone is still writing: nothing is required yet. */
export interface EntryDraft {
  /** null until the parent changes the time: the entry then takes the moment it is saved. */
  at: number | null
  mood: MoodLevel | null
  feelings: Feeling[]
  helped: Helped[]
  sleepHours: number | null
  text: string
  harmThoughts: boolean
}

export function emptyDraft(helped: readonly Helped[] = []): EntryDraft {
  return { at: null, mood: null, feelings: [], helped: [...helped], sleepHours: null, text: '', harmThoughts: false }
}

export function draftOf(entry: JournalEntry): EntryDraft {
  return {
    at: entry.at,
    mood: entry.mood,
    feelings: [...entry.feelings],
    helped: [...entry.helped],
    sleepHours: entry.sleepHours,
    text: entry.text,
    harmThoughts: entry.harmThoughts ?? false,
  }
}
