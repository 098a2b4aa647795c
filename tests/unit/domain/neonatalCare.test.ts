import { describe, expect, it } from 'vitest'
import { appliesTo, cardHelp, momentSources, moments, windowOf, type Moment } from '@/domain/moments'
import { birthModes, countries, emptyProfile, feedingPlans, type Profile } from '@/domain/profile'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '@/domain/time'
import { currentMoments, dayPlan, nextBoundary, schedule, upcomingForCalendar } from '@/domain/timeline'
import { todayGlance } from '@/domain/todayGlance'
import { gestationAtBirth } from '@/domain/correctedAge'

const birthAt = Date.UTC(2026, 2, 1, 3, 20)
const ids = (items: readonly { moment: { id: string } }[]) => items.map((item) => item.moment.id)
const inUnit = (profile: Partial<Profile> = {}): Profile => ({
  ...emptyProfile('SE'),
  birthAt,
  ...profile,
  neonatalCare: true,
})

/**
 * The cards that assume the baby is with the parent in the first hours and days, and why each cannot
 * apply while the baby is in a neonatal unit. The catalogue marks them `when.neonatalCare: false`.
 */
const cannotApplyInTheUnit: Record<string, string> = {
  skinToSkin: 'undisturbed skin to skin on the mother in the first half hour, with a countdown',
  skinToSkinCaesarean: 'skin to skin in theatre or recovery',
  goldenHour: 'the first hour skin to skin, with a countdown',
  firstFeed: 'the first breastfeed within the hour, with a countdown',
  firstFeedFormula: 'giving the first bottle when the baby shows hunger',
  babyLeadsTheWay: "the newborn's crawl to the breast in the first two hours",
  colostrum: 'feeding at the breast whenever the baby shows hunger',
  formulaOnCue: 'bottle feeding whenever the baby shows hunger',
}

// Every combination of answers the form allows, in every country.
const everyProfile: Profile[] = countries.flatMap((country) =>
  [...birthModes, null].flatMap((birthMode) =>
    [...feedingPlans, null].flatMap((feeding) =>
      [false, true].map((epidural) => ({ ...emptyProfile(country), birthAt, birthMode, feeding, epidural })),
    ),
  ),
)

describe('the cards with and without neonatal care', () => {
  it('removes exactly the cards that assume the baby is with the parent', () => {
    const marked = moments.filter((moment) => moment.when?.neonatalCare === false).map((moment) => moment.id)
    expect(marked.sort()).toEqual(Object.keys(cannotApplyInTheUnit).sort())
  })

  it('removes only first-hours and first-days cards about closeness or feeding', () => {
    for (const moment of moments.filter((item) => item.when?.neonatalCare === false)) {
      for (const country of countries) {
        const window = windowOf(moment, country)
        expect(window.startMs, moment.id).toBe(0)
        expect(window.endMs, moment.id).toBeLessThanOrEqual(2 * DAY_MS)
      }
      expect(['closeness', 'feeding'], moment.id).toContain(moment.category)
    }
  })

  it('keeps every other card, for every answer in every country', () => {
    for (const profile of everyProfile) {
      const without = ids(schedule(birthAt, profile))
      const withCare = ids(schedule(birthAt, { ...profile, neonatalCare: true }))
      const removed = without.filter((id) => !withCare.includes(id))
      for (const id of removed) expect(Object.keys(cannotApplyInTheUnit), id).toContain(id)
      const added = withCare.filter((id) => !without.includes(id))
      expect(
        added.every((id) => id === 'kangarooCare' || id === 'expressing'),
        added.join(),
      ).toBe(true)
    }
  })

  it('shows the same cards as before when the answer is no or was never given', () => {
    for (const profile of everyProfile) {
      expect(ids(schedule(birthAt, { ...profile, neonatalCare: false }))).toEqual(ids(schedule(birthAt, profile)))
    }
    const { neonatalCare: _absent, ...old } = { ...emptyProfile('SE'), birthAt }
    expect(ids(currentMoments(birthAt, old, birthAt + 10 * MINUTE_MS))).toEqual(
      expect.arrayContaining(['skinToSkin', 'goldenHour', 'firstFeed']),
    )
    expect(ids(schedule(birthAt, old))).not.toContain('kangarooCare')
    expect(ids(schedule(birthAt, old))).not.toContain('expressing')
  })

  it('leaves no countdown at all in the unit, whatever the other answers', () => {
    for (const profile of everyProfile) {
      const scheduled = schedule(birthAt, { ...profile, neonatalCare: true })
      expect(scheduled.filter((item) => item.moment.timeCritical).map((item) => item.moment.id)).toEqual([])
    }
  })

  it('still lists every warning sign a removed card listed, on a card shown at the same time', () => {
    for (const country of countries) {
      const profile = inUnit({ country })
      for (const moment of moments.filter((item) => item.when?.neonatalCare === false && item.help)) {
        const window = windowOf(moment, country)
        const removedSigns = cardHelp(moment, country).flatMap((group) => group.flags.map((flag) => flag.id))
        const shownSigns = (offset: number) =>
          currentMoments(birthAt, profile, birthAt + offset).flatMap((item) =>
            cardHelp(item.moment, country).flatMap((group) => group.flags.map((flag) => flag.id)),
          )
        for (let offset = window.startMs; offset < window.endMs; offset += 10 * MINUTE_MS) {
          expect(shownSigns(offset), `${moment.id} ${country} at ${offset / MINUTE_MS} min`).toEqual(
            expect.arrayContaining(removedSigns),
          )
        }
      }
    }
  })
})

describe('kangaroo care and expressing', () => {
  it('shows kangaroo care from the birth for as long as the baby is in the unit, however the baby is fed', () => {
    for (const feeding of [...feedingPlans, null]) {
      const profile = inUnit({ feeding })
      expect(ids(currentMoments(birthAt, profile, birthAt))).toContain('kangarooCare')
      expect(ids(currentMoments(birthAt, profile, birthAt + 12 * WEEK_MS - 1))).toContain('kangarooCare')
    }
  })

  it('shows expressing from the birth for two weeks to families who breastfeed, combine, or have not said', () => {
    for (const feeding of ['breast', 'both', null] as const) {
      const profile = inUnit({ feeding })
      expect(ids(currentMoments(birthAt, profile, birthAt))).toContain('expressing')
      expect(ids(currentMoments(birthAt, profile, birthAt + 14 * DAY_MS - 1))).toContain('expressing')
      expect(ids(currentMoments(birthAt, profile, birthAt + 14 * DAY_MS))).not.toContain('expressing')
    }
    expect(ids(schedule(birthAt, inUnit({ feeding: 'formula' })))).not.toContain('expressing')
  })

  it('never shows either card when the baby is not in neonatal care', () => {
    for (const profile of everyProfile) {
      expect(ids(schedule(birthAt, profile))).not.toEqual(expect.arrayContaining(['kangarooCare']))
      expect(ids(schedule(birthAt, profile))).not.toEqual(expect.arrayContaining(['expressing']))
    }
  })

  it('names WHO for kangaroo care and the neonatal-unit and Twins Trust leaflets for expressing, in every country', () => {
    const card = (id: string) => moments.find((moment) => moment.id === id) as Moment
    for (const country of countries) {
      expect(momentSources(card('kangarooCare'), country)).toEqual(['S120'])
      expect(momentSources(card('expressing'), country)).toEqual(['S121', 'S122'])
    }
  })

  // The facts (S120–S122) do not differ by country: the same cards, with the same windows, everywhere.
  it('gives every country the same neonatal cards at the same times', () => {
    const plan = (country: (typeof countries)[number]) =>
      schedule(birthAt, inUnit({ country }))
        .filter((item) => item.moment.when?.neonatalCare === true)
        .map((item) => [item.moment.id, item.startsAt, item.endsAt])
    for (const country of countries) expect(plan(country)).toEqual(plan('SE'))
  })

  it('opens kangaroo care on Today in the first hour, with expressing beside it and nothing counting down', () => {
    const glance = todayGlance(currentMoments(birthAt, inUnit({ feeding: 'breast' }), birthAt + 15 * MINUTE_MS))
    expect(glance.lead?.moment.id).toBe('kangarooCare')
    expect(glance.countdowns).toEqual([])
    expect(glance.endingWithLead).toEqual([])
    expect(ids(glance.others)).toContain('expressing')
    expect(ids(glance.others)).not.toEqual(expect.arrayContaining(['skinToSkin']))
  })

  it('puts both cards on day 0 of the timeline instead of the first-hour cards', () => {
    const day0 = ids(dayPlan(birthAt, inUnit(), 0))
    expect(day0).toEqual(expect.arrayContaining(['kangarooCare', 'expressing', 'bleeding', 'babyFirstDay']))
    for (const id of Object.keys(cannotApplyInTheUnit)) expect(day0).not.toContain(id)
  })

  it('sends no calendar reminder for a removed card', () => {
    const upcoming = ids(upcomingForCalendar(birthAt, inUnit(), birthAt - HOUR_MS))
    for (const id of Object.keys(cannotApplyInTheUnit)) expect(upcoming).not.toContain(id)
  })
})

describe('twins born early in neonatal care', () => {
  // Twins share the birth, the due date and the profile: the cards are the family's, not one baby's.
  const twinsAt32Weeks = inUnit({ dueDate: '2026-04-26', birthMode: 'caesarean', feeding: 'both', country: 'NL' })

  it('is a premature birth by the due date', () => {
    expect(gestationAtBirth(birthAt, '2026-04-26').weeks).toBe(32)
  })

  it('gives sensible cards through the first twelve weeks without a countdown or a gap in the clock', () => {
    for (let offset = 0; offset <= 12 * WEEK_MS; offset += 6 * HOUR_MS) {
      const now = birthAt + offset
      const glance = todayGlance(currentMoments(birthAt, twinsAt32Weeks, now))
      expect(glance.countdowns).toEqual([])
      if (offset < 12 * WEEK_MS) expect(glance.lead, `at ${offset / HOUR_MS} h`).not.toBeNull()
      const next = nextBoundary(birthAt, twinsAt32Weeks, now)
      if (next !== null) expect(next).toBeGreaterThan(now)
    }
    const firstHour = ids(currentMoments(birthAt, twinsAt32Weeks, birthAt + 20 * MINUTE_MS))
    expect(firstHour).toEqual(expect.arrayContaining(['kangarooCare', 'expressing']))
    expect(firstHour).not.toContain('skinToSkinCaesarean')
    // A caesarean's later catch-up on closeness still applies in the unit; kangaroo care is that closeness.
    expect(ids(currentMoments(birthAt, twinsAt32Weeks, birthAt + 3 * HOUR_MS))).toContain('caesareanCatchUp')
  })

  it('applies each card by the same rule the timeline uses', () => {
    for (const moment of moments) {
      expect(schedule(birthAt, twinsAt32Weeks).some((item) => item.moment === moment)).toBe(
        appliesTo(moment, twinsAt32Weeks),
      )
    }
  })
})
