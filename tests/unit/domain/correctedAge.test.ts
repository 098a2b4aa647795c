import { describe, expect, it } from 'vitest'
import { correctedAgeLine, correctedAgeMs, gestationAtBirth } from '@/domain/correctedAge'
import { DAY_MS, WEEK_MS } from '@/domain/time'

const birthAt = new Date(2026, 0, 10, 14, 30).getTime()

describe('gestationAtBirth', () => {
  it('counts 40 weeks at the due date and fewer for each day early', () => {
    expect(gestationAtBirth(birthAt, '2026-01-10')).toEqual({ weeks: 40, days: 0, daysEarly: 0 })
    expect(gestationAtBirth(birthAt, '2026-03-07')).toEqual({ weeks: 32, days: 0, daysEarly: 56 })
    expect(gestationAtBirth(birthAt, '2026-01-08')).toEqual({ weeks: 40, days: 2, daysEarly: -2 })
  })
})

describe('correctedAgeMs', () => {
  it('gives 8 weeks corrected for a baby born at 32 weeks who is 16 weeks old', () => {
    expect(correctedAgeMs(birthAt, '2026-03-07', birthAt + 16 * WEEK_MS)).toBe(8 * WEEK_MS)
  })

  it('is negative before the due date, when the baby is not yet "born" by the calendar', () => {
    expect(correctedAgeMs(birthAt, '2026-03-07', birthAt + 2 * WEEK_MS)).toBe(-6 * WEEK_MS)
  })

  it('does not apply to a baby born at 37 weeks or later, without a due date, or after two years', () => {
    expect(correctedAgeMs(birthAt, '2026-01-31', birthAt + WEEK_MS)).toBeNull()
    expect(correctedAgeMs(birthAt, '2026-02-01', birthAt + WEEK_MS)).toBe(-15 * DAY_MS)
    expect(correctedAgeMs(birthAt, null, birthAt + WEEK_MS)).toBeNull()
    expect(correctedAgeMs(birthAt, '2026-03-07', birthAt + 731 * DAY_MS)).toBeNull()
  })
})

describe('correctedAgeLine', () => {
  it('gives 8 weeks corrected for a baby born at 32 weeks who is 16 weeks old', () => {
    expect(correctedAgeLine(birthAt, '2026-03-07', birthAt + 16 * WEEK_MS)).toEqual({
      kind: 'corrected',
      correctedMs: 8 * WEEK_MS,
      gestation: { weeks: 32, days: 0, daysEarly: 56 },
    })
  })

  it('says the corrected age has not started before the due date', () => {
    expect(correctedAgeLine(birthAt, '2026-03-07', birthAt + 2 * WEEK_MS)).toEqual({
      kind: 'beforeDue',
      gestation: { weeks: 32, days: 0, daysEarly: 56 },
    })
  })

  it('says nothing at term, without a due date, or after the second birthday', () => {
    expect(correctedAgeLine(birthAt, '2026-01-31', birthAt + WEEK_MS)).toBeNull()
    expect(correctedAgeLine(birthAt, null, birthAt + WEEK_MS)).toBeNull()
    expect(correctedAgeLine(birthAt, '2026-03-07', birthAt + 731 * DAY_MS)).toBeNull()
  })
})
