import { closenessIdeas, type ClosenessIdea } from './closeness'
import { helpedOptions, type Helped } from './journal'

/** The ideas ticked today. Only one day is kept: tomorrow starts with an empty list, not a score. */
export interface ClosenessTicks {
  day: string
  ideas: ClosenessIdea[]
}

export function ticksOn(stored: ClosenessTicks | null, day: string): ClosenessIdea[] {
  return stored?.day === day ? stored.ideas.filter((idea) => closenessIdeas.includes(idea)) : []
}

/** Ticks or unticks an idea for the day, keeping the catalogue's order. */
export function toggleTick(stored: ClosenessTicks | null, day: string, idea: ClosenessIdea): ClosenessTicks {
  const current = new Set(ticksOn(stored, day))
  if (current.has(idea)) current.delete(idea)
  else current.add(idea)
  return { day, ideas: closenessIdeas.filter((candidate) => current.has(candidate)) }
}

/** The ticked ideas the journal's "what helped" knows, for "add to my journal". */
export function helpedFromIdeas(ideas: readonly ClosenessIdea[]): Helped[] {
  return helpedOptions.filter((option) => (ideas as readonly string[]).includes(option))
}

/** Reads `?helped=longHug,walk` back; anything unknown is dropped, never trusted. */
export function helpedFromQuery(value: unknown): Helped[] {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : ''
  const asked = raw.split(',').map((part) => part.trim())
  return helpedOptions.filter((option) => asked.includes(option))
}
