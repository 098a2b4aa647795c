import { describe, expect, it } from 'vitest'
import { moments, type Moment } from '@/domain/moments'
import { emptyProfile, type Profile } from '@/domain/profile'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { currentMoments, type ScheduledMoment } from '@/domain/timeline'
import { countdownGroups, mostTimeCritical, todayGlance } from '@/domain/todayGlance'

const birthAt = Date.UTC(2026, 2, 1, 3, 20)
const breastfeeding: Profile = { ...emptyProfile('SE'), birthAt, feeding: 'breast' }
const ids = (items: readonly ScheduledMoment[]) => items.map((item) => item.moment.id)
const glanceAt = (offset: number, profile: Profile = breastfeeding) =>
  todayGlance(currentMoments(birthAt, profile, birthAt + offset))

/** A made-up card, so the rules are tested apart from the catalogue's windows. */
const card = (id: string, endsAt: number, timeCritical = false): ScheduledMoment => ({
  moment: { ...(moments[0] as Moment), id, timeCritical: timeCritical ? true : undefined },
  startsAt: 0,
  endsAt,
})

describe('the most time-critical card', () => {
  it('is the time-critical card that ends first, wherever it is in the list', () => {
    const items = [card('long', 10), card('later', 300, true), card('soon', 200, true)]
    expect(mostTimeCritical(items)?.moment.id).toBe('soon')
  })

  it('is the earlier one in the list when two end at the same instant', () => {
    expect(mostTimeCritical([card('a', 100, true), card('b', 100, true)])?.moment.id).toBe('a')
  })

  it('is none when no current card has a deadline', () => {
    expect(mostTimeCritical([card('a', 100), card('b', 50)])).toBeNull()
    expect(mostTimeCritical([])).toBeNull()
  })
})

describe('countdown groups', () => {
  it('gives one group per end instant, the soonest first, and leaves out cards without a deadline', () => {
    const groups = countdownGroups([
      card('x', 300, true),
      card('calm', 100),
      card('y', 200, true),
      card('z', 300, true),
    ])
    expect(groups.map((group) => [group.endsAt, ids(group.moments)])).toEqual([
      [200, ['y']],
      [300, ['x', 'z']],
    ])
  })
})

describe('Today at a glance', () => {
  it('fifteen minutes after the birth: skin to skin open, one countdown for the golden hour and the first feed', () => {
    const glance = glanceAt(15 * MINUTE_MS)
    expect(glance.lead?.moment.id).toBe('skinToSkin')
    expect(glance.endingWithLead).toEqual([])
    expect(glance.countdowns).toHaveLength(1)
    expect(glance.countdowns[0]!.endsAt).toBe(birthAt + HOUR_MS)
    expect(ids(glance.countdowns[0]!.moments)).toEqual(['goldenHour', 'firstFeed'])
    expect(ids(glance.others)).toContain('babyLeadsTheWay')
    expect(ids(glance.others)).not.toContain('goldenHour')
  })

  it('after the half hour the golden hour leads, and the first feed shares its countdown', () => {
    const glance = glanceAt(35 * MINUTE_MS)
    expect(glance.lead?.moment.id).toBe('goldenHour')
    expect(ids(glance.endingWithLead)).toEqual(['firstFeed'])
    expect(glance.countdowns).toEqual([])
  })

  it('shows every current card exactly once', () => {
    for (const offset of [0, 15 * MINUTE_MS, 35 * MINUTE_MS, 3 * HOUR_MS, 3 * DAY_MS, 53 * DAY_MS]) {
      const current = currentMoments(birthAt, breastfeeding, birthAt + offset)
      const glance = todayGlance(current)
      const shown = [
        ...(glance.lead ? [glance.lead] : []),
        ...glance.endingWithLead,
        ...glance.countdowns.flatMap((group) => group.moments),
        ...glance.others,
      ]
      expect(ids(shown).sort()).toEqual(ids(current).sort())
    }
  })

  it('without a deadline opens the first current card, the newest, and counts nothing down', () => {
    const glance = glanceAt(3 * DAY_MS)
    expect(glance.lead?.moment.id).toBe('thirdDayDip')
    expect(glance.endingWithLead).toEqual([])
    expect(glance.countdowns).toEqual([])
    expect(glance.others.length).toBeGreaterThan(3)
  })

  it('with formula feeding counts the golden hour down on its own', () => {
    const glance = glanceAt(15 * MINUTE_MS, { ...breastfeeding, feeding: 'formula' })
    expect(glance.countdowns.map((group) => ids(group.moments))).toEqual([['goldenHour']])
  })

  it('is empty with no current card', () => {
    expect(todayGlance([])).toEqual({ lead: null, endingWithLead: [], countdowns: [], others: [] })
  })
})
