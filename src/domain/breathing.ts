/**
 * A slow breathing rhythm with a longer breath out, the gentle kind used for settling: no holding
 * the breath, nothing to get right. It starts by breathing out, letting go of what is in the chest
 * already. Durations in milliseconds.
 */
export type BreathPhase = 'in' | 'out'

export interface BreathStep {
  phase: BreathPhase
  durationMs: number
}

export const breathingPattern: readonly BreathStep[] = [
  { phase: 'out', durationMs: 6000 },
  { phase: 'in', durationMs: 4000 },
]

export function cycleLength(pattern: readonly BreathStep[] = breathingPattern): number {
  return pattern.reduce((total, step) => total + step.durationMs, 0)
}

/** Where in the rhythm `elapsedMs` after the start falls: the step, time left in it, and breaths completed. */
export function breathAt(elapsedMs: number, pattern: readonly BreathStep[] = breathingPattern) {
  const length = cycleLength(pattern)
  const breaths = Math.floor(Math.max(0, elapsedMs) / length)
  let within = Math.max(0, elapsedMs) - breaths * length
  for (const [index, step] of pattern.entries()) {
    if (within < step.durationMs) return { index, step, remainingMs: step.durationMs - within, breaths }
    within -= step.durationMs
  }
  throw new Error('A breathing pattern needs at least one step with a duration')
}
