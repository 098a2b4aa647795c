import { describe, expect, it } from 'vitest'
import { timerState } from '@/domain/closenessTimer'

describe('the closeness timer', () => {
  const started = 1_000_000

  it('counts whole minutes together', () => {
    expect(timerState({ startedAt: started, durationMs: 600_000 }, started + 119_000)).toMatchObject({
      minutes: 1,
      ended: false,
    })
  })

  it('ends softly at its length and stops counting there', () => {
    const state = timerState({ startedAt: started, durationMs: 300_000 }, started + 900_000)
    expect(state).toMatchObject({ ended: true, minutes: 5, progress: 1, elapsedMs: 300_000 })
  })

  it('never ends when it has no length, and shows no progress', () => {
    expect(timerState({ startedAt: started, durationMs: null }, started + 5 * 3_600_000)).toMatchObject({
      ended: false,
      progress: null,
      minutes: 300,
    })
  })

  it('shows half-way progress half-way through', () => {
    expect(timerState({ startedAt: started, durationMs: 600_000 }, started + 300_000).progress).toBe(0.5)
  })
})
