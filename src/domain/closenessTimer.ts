/** The closeness timer: time together, with an optional soft end. No alarms, nothing to reach. */
export const closenessDurationsMin = [5, 10, 20] as const

export interface ClosenessTimer {
  startedAt: number
  /** null: open-ended, stop whenever. */
  durationMs: number | null
}

export function timerState(timer: ClosenessTimer, now: number) {
  const elapsedMs = Math.max(0, now - timer.startedAt)
  const ended = timer.durationMs !== null && elapsedMs >= timer.durationMs
  return {
    elapsedMs: ended ? timer.durationMs! : elapsedMs,
    ended,
    /** 0 to 1, for a soft visual; open-ended timers have no progress to show. */
    progress: timer.durationMs === null ? null : Math.min(1, elapsedMs / timer.durationMs),
    /** Whole minutes, the only figure worth announcing: seconds would pull the eyes back to the phone. */
    minutes: Math.floor((ended ? timer.durationMs! : elapsedMs) / 60_000),
  }
}
