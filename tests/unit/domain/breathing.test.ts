import { describe, expect, it } from 'vitest'
import { breathAt, breathingPattern, cycleLength } from '@/domain/breathing'

describe('the breathing rhythm', () => {
  it('breathes out longer than in, with no holding', () => {
    expect(breathingPattern.map((step) => step.phase)).toEqual(['out', 'in'])
    expect(breathingPattern[0]!.durationMs).toBeGreaterThan(breathingPattern[1]!.durationMs)
  })

  it('starts by breathing out and turns to a breath in after six seconds', () => {
    expect(breathAt(0)).toMatchObject({ step: { phase: 'out' }, remainingMs: 6000, breaths: 0 })
    expect(breathAt(5999).step.phase).toBe('out')
    expect(breathAt(6000)).toMatchObject({ step: { phase: 'in' }, remainingMs: 4000 })
  })

  it('counts whole breaths and starts over', () => {
    expect(cycleLength()).toBe(10_000)
    expect(breathAt(27_000)).toMatchObject({ step: { phase: 'in' }, breaths: 2, remainingMs: 3000 })
  })

  it('treats a clock that went backwards as the start', () => {
    expect(breathAt(-500)).toMatchObject({ index: 0, breaths: 0 })
  })
})
