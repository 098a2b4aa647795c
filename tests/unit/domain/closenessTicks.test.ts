import { describe, expect, it } from 'vitest'
import { helpedFromIdeas, helpedFromQuery, ticksOn, toggleTick } from '@/domain/closenessTicks'

describe("today's ticks on the ideas for closeness", () => {
  it('ticks and unticks an idea, keeping the catalogue order', () => {
    let ticks = toggleTick(null, '2026-01-10', 'walk')
    ticks = toggleTick(ticks, '2026-01-10', 'longHug')
    expect(ticks).toEqual({ day: '2026-01-10', ideas: ['longHug', 'walk'] })
    expect(toggleTick(ticks, '2026-01-10', 'walk').ideas).toEqual(['longHug'])
  })

  it('starts a new day empty instead of carrying yesterday over', () => {
    const yesterday = { day: '2026-01-09', ideas: ['walk' as const] }
    expect(ticksOn(yesterday, '2026-01-10')).toEqual([])
    expect(toggleTick(yesterday, '2026-01-10', 'rest')).toEqual({ day: '2026-01-10', ideas: ['rest'] })
  })

  it('drops ideas that no longer exist in the catalogue', () => {
    expect(ticksOn({ day: 'd', ideas: ['walk', 'gone' as never] }, 'd')).toEqual(['walk'])
  })
})

describe('from ticks to the journal', () => {
  it('keeps only the ideas the journal knows as "what helped"', () => {
    expect(helpedFromIdeas(['skinToSkin', 'dimLight', 'walk'])).toEqual(['skinToSkin', 'walk'])
  })

  it('reads the query back and drops anything unknown', () => {
    expect(helpedFromQuery('walk,longHug,<script>')).toEqual(['longHug', 'walk'])
    expect(helpedFromQuery(['walk', 'rest'])).toEqual(['walk', 'rest'])
    expect(helpedFromQuery(undefined)).toEqual([])
  })
})
