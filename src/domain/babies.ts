import { otherSide, type Baby, type LogContent, type LogKind } from './babyLog'

/** Twins and triplets: more is rare enough that a tracker for them would be another app. */
export const MAX_BABIES = 3
export const BABY_NAME_MAX_LENGTH = 40

/**
 * A small fixed palette from the Okabe–Ito set, told apart with the common colour-vision differences.
 * A colour only ever sits beside the baby's name or letter, never alone.
 */
export const babyColours = ['orange', 'sky', 'green', 'purple', 'vermillion'] as const
export type BabyColour = (typeof babyColours)[number]

export const isBabyColour = (value: string | null | undefined): value is BabyColour =>
  babyColours.includes(value as BabyColour)

/** The colour a newly added baby gets: the first one no other baby has. */
export function freeColour(babies: readonly Pick<Baby, 'colour'>[]): BabyColour {
  const taken = new Set(babies.map((baby) => baby.colour))
  return babyColours.find((colour) => !taken.has(colour)) ?? babyColours[0]
}

/** How a baby is called on screen: the name the parent gave, or a letter by the order they were added. */
export type BabyLabel = { name: string } | { letter: string }

export function babyLabel(babies: readonly Baby[], id: string): BabyLabel {
  const baby = babies.find((candidate) => candidate.id === id)
  if (baby?.name) return { name: baby.name }
  const index = babies.findIndex((candidate) => candidate.id === id)
  return { letter: 'ABC'[index] ?? String(index + 1) }
}

/** A name as typed: trimmed, inner runs of spaces made one, cut to the limit; empty means none. */
export function normaliseBabyName(input: string): string | null {
  const name = input.trim().replace(/\s+/g, ' ').slice(0, BABY_NAME_MAX_LENGTH).trim()
  return name === '' ? null : name
}

/** Who an entry is for: one baby's id, or every baby at once (a tandem feed, bottles given together). */
export const ALL_BABIES = 'all'
export type BabyChoice = string

/** Only feeds are given to every baby at once; a nappy or a weight belongs to one. */
export const canBeForAll = (kind: LogKind): boolean => kind === 'breastfeed' || kind === 'bottle'

/**
 * The babies a choice means among those there are. A choice of a baby since removed, or "all" for
 * what only one baby can have, falls back to `fallback` (the baby on view), then to the first.
 */
export function babiesFor(
  choice: BabyChoice | null,
  babies: readonly Baby[],
  kind: LogKind,
  fallback: string | null = null,
): string[] {
  const ids = babies.map((baby) => baby.id)
  if (choice === ALL_BABIES && canBeForAll(kind) && ids.length > 1) return ids
  const one = [choice, fallback].find((id) => id !== null && ids.includes(id)) ?? ids[0]
  return one === undefined ? [] : [one]
}

/**
 * One entry per baby for a feed given to all at once, with the same times. At the breast they
 * take turns at the sides: the first baby where the parent said, the next at the other breast.
 */
export function tandemContents(content: LogContent, count: number): LogContent[] {
  return Array.from({ length: count }, (_, index) =>
    content.kind === 'breastfeed' && index % 2 === 1
      ? { ...content, segments: content.segments.map((segment) => ({ ...segment, side: otherSide(segment.side) })) }
      : { ...content },
  )
}
