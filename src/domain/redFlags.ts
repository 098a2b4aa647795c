import type { SourceId } from './sources'

/** Whose sign it is. */
export type RedFlagSubject = 'mother' | 'baby'

/**
 * How fast to act: call the emergency number now; get help the same day, straight away; or
 * contact the midwife, nurse or doctor within days.
 */
export type Urgency = 'emergency' | 'sameDay' | 'contact'

/** Body or mind decides who to call: an advice line or a mental-health line. */
export type Concern = 'body' | 'mind'

/** One warning sign. Texts: `redFlags.<id>.title`, `.signs` and `.meaning` (what it can be a sign of). */
export interface RedFlag {
  id: string
  who: RedFlagSubject
  urgency: Urgency
  concern: Concern
  sources: readonly SourceId[]
}

/**
 * From the fact sheet, section 2. Where it names no urgency for a sign, the stricter reading is used:
 * floppiness goes with a baby who cannot be woken, grunting with a baby who struggles to breathe.
 */
export const redFlags: readonly RedFlag[] = [
  { id: 'bleedingFaint', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S8', 'S21'] },
  { id: 'heavyBleeding', who: 'mother', urgency: 'sameDay', concern: 'body', sources: ['S8', 'S9', 'S21'] },
  { id: 'sepsis', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S22', 'S23'] },
  { id: 'infection', who: 'mother', urgency: 'sameDay', concern: 'body', sources: ['S22', 'S23'] },
  { id: 'bloodClot', who: 'mother', urgency: 'emergency', concern: 'body', sources: ['S25'] },
  { id: 'mastitis', who: 'mother', urgency: 'sameDay', concern: 'body', sources: ['S24'] },
  { id: 'harmThoughts', who: 'mother', urgency: 'sameDay', concern: 'mind', sources: ['S8', 'S15'] },
  { id: 'psychosis', who: 'mother', urgency: 'sameDay', concern: 'mind', sources: ['S8', 'S26'] },
  { id: 'lowMood', who: 'mother', urgency: 'contact', concern: 'mind', sources: ['S15', 'S16', 'S17'] },
  { id: 'babyBreathing', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyUnresponsive', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyFit', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyRash', who: 'baby', urgency: 'emergency', concern: 'body', sources: ['S27'] },
  { id: 'babyFever', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S27'] },
  { id: 'babyTemperature', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9'] },
  { id: 'babyEarlyJaundice', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S28'] },
  { id: 'babyNotFeeding', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyNoNappies', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9', 'S27'] },
  { id: 'babyGreenVomit', who: 'baby', urgency: 'sameDay', concern: 'body', sources: ['S9', 'S27'] },
]

const urgencyRank: Record<Urgency, number> = { emergency: 0, sameDay: 1, contact: 2 }

/** One person's signs, the most urgent first (the catalogue order breaks ties). */
export function redFlagsFor(who: RedFlagSubject): RedFlag[] {
  return redFlags.filter((flag) => flag.who === who).sort((a, b) => urgencyRank[a.urgency] - urgencyRank[b.urgency])
}
