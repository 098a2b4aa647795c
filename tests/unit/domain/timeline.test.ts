import { afterEach, describe, expect, it } from 'vitest'
import { parseBirthInput } from '@/domain/birthInput'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '@/domain/time'
import { emptyProfile, type Profile } from '@/domain/profile'
import {
  currentMoments,
  dayIndex,
  dayPlan,
  dueSince,
  LAST_DAY,
  nextBoundary,
  nextMoments,
  schedule,
  upcomingForCalendar,
} from '@/domain/timeline'

const birthAt = Date.UTC(2026, 2, 1, 3, 20)
const profile: Profile = { ...emptyProfile('SE'), birthAt }
const ids = (items: { moment: { id: string } }[]) => items.map((item) => item.moment.id)
const at = (offset: number) => birthAt + offset

describe('current moments', () => {
  it('shows the skin-to-skin card for the first 30 minutes and not a millisecond longer', () => {
    expect(ids(currentMoments(birthAt, profile, at(0)))).toContain('skinToSkin')
    expect(ids(currentMoments(birthAt, profile, at(29 * MINUTE_MS + 59_000)))).toContain('skinToSkin')
    expect(ids(currentMoments(birthAt, profile, at(30 * MINUTE_MS)))).not.toContain('skinToSkin')
  })

  it('puts the time-critical cards first, the soonest ending first', () => {
    const current = ids(currentMoments(birthAt, profile, at(10 * MINUTE_MS)))
    expect(current.slice(0, 3)).toEqual(['skinToSkin', 'goldenHour', 'firstFeed'])
  })

  it('keeps the golden hour and the first feed until exactly one hour', () => {
    const before = ids(currentMoments(birthAt, profile, at(HOUR_MS - 1)))
    const after = ids(currentMoments(birthAt, profile, at(HOUR_MS)))
    expect(before).toEqual(expect.arrayContaining(['goldenHour', 'firstFeed', 'babyLeadsTheWay']))
    expect(after).not.toContain('goldenHour')
    expect(after).not.toContain('firstFeed')
    expect(after).toContain('babyLeadsTheWay')
    expect(ids(currentMoments(birthAt, profile, at(2 * HOUR_MS)))).not.toContain('babyLeadsTheWay')
  })

  it('shows the day-0 cards through the first 24 hours and the day-1 cards from hour 24', () => {
    const lastMinuteOfDay0 = ids(currentMoments(birthAt, profile, at(DAY_MS - 1)))
    expect(lastMinuteOfDay0).toEqual(expect.arrayContaining(['firstCheck', 'babyFirstDay', 'bleeding', 'colostrum']))
    expect(lastMinuteOfDay0).not.toContain('oxytocinFeeds')
    const day1 = ids(currentMoments(birthAt, profile, at(DAY_MS)))
    expect(day1).not.toContain('firstCheck')
    expect(day1).toEqual(expect.arrayContaining(['oxytocinFeeds', 'bleeding', 'bodyWarningSigns', 'babyWarningSigns']))
  })

  it('brings the milk coming in from 48 hours to the end of day 5', () => {
    expect(ids(currentMoments(birthAt, profile, at(2 * DAY_MS - 1)))).not.toContain('milkComesIn')
    expect(ids(currentMoments(birthAt, profile, at(2 * DAY_MS)))).toEqual(
      expect.arrayContaining(['milkComesIn', 'helpLetDown']),
    )
    expect(ids(currentMoments(birthAt, profile, at(6 * DAY_MS - 1)))).toContain('milkComesIn')
    expect(ids(currentMoments(birthAt, profile, at(6 * DAY_MS)))).not.toContain('milkComesIn')
  })

  it('shows the third-day dip from 72 hours until day 10, then the blues fading until day 14', () => {
    expect(ids(currentMoments(birthAt, profile, at(3 * DAY_MS - 1)))).not.toContain('thirdDayDip')
    expect(ids(currentMoments(birthAt, profile, at(3 * DAY_MS)))).toContain('thirdDayDip')
    expect(ids(currentMoments(birthAt, profile, at(10 * DAY_MS - 1)))).toContain('thirdDayDip')
    const day10 = ids(currentMoments(birthAt, profile, at(10 * DAY_MS)))
    expect(day10).not.toContain('thirdDayDip')
    expect(day10).toContain('bluesFading')
    expect(ids(currentMoments(birthAt, profile, at(14 * DAY_MS)))).toEqual(expect.arrayContaining(['moodAnyTime']))
    expect(ids(currentMoments(birthAt, profile, at(14 * DAY_MS)))).not.toContain('bluesFading')
  })

  it('keeps the six-week check to week 8 in the UK and the Netherlands, and to week 12 in Sweden', () => {
    const uk = { ...profile, country: 'UK' as const }
    const nl = { ...profile, country: 'NL' as const }
    expect(ids(currentMoments(birthAt, uk, at(5 * WEEK_MS - 1)))).not.toContain('sixWeekCheck')
    expect(ids(currentMoments(birthAt, uk, at(5 * WEEK_MS)))).toContain('sixWeekCheck')
    expect(ids(currentMoments(birthAt, uk, at(8 * WEEK_MS)))).not.toContain('sixWeekCheck')
    expect(ids(currentMoments(birthAt, nl, at(8 * WEEK_MS)))).not.toContain('sixWeekCheck')
    expect(ids(currentMoments(birthAt, profile, at(8 * WEEK_MS)))).toContain('sixWeekCheck')
    expect(ids(currentMoments(birthAt, profile, at(12 * WEEK_MS)))).not.toContain('sixWeekCheck')
  })

  it('keeps the pelvic floor card from the first hours to week 6', () => {
    expect(ids(currentMoments(birthAt, profile, at(2 * HOUR_MS - 1)))).not.toContain('pelvicFloor')
    expect(ids(currentMoments(birthAt, profile, at(2 * HOUR_MS)))).toContain('pelvicFloor')
    expect(ids(currentMoments(birthAt, profile, at(6 * WEEK_MS - 1)))).toContain('pelvicFloor')
    expect(ids(currentMoments(birthAt, profile, at(6 * WEEK_MS)))).not.toContain('pelvicFloor')
  })

  it('brings sex and contraception before day 21, to week 8, and in Sweden to week 12 with its check', () => {
    const uk = { ...profile, country: 'UK' as const }
    expect(ids(currentMoments(birthAt, uk, at(14 * DAY_MS - 1)))).not.toContain('sexAndContraception')
    expect(ids(currentMoments(birthAt, uk, at(14 * DAY_MS)))).toContain('sexAndContraception')
    expect(ids(currentMoments(birthAt, uk, at(8 * WEEK_MS)))).not.toContain('sexAndContraception')
    expect(ids(currentMoments(birthAt, profile, at(8 * WEEK_MS)))).toContain('sexAndContraception')
    expect(ids(currentMoments(birthAt, profile, at(12 * WEEK_MS)))).not.toContain('sexAndContraception')
  })

  it('has something to say at every hour of the first twelve weeks', () => {
    for (let offset = 0; offset < 12 * WEEK_MS; offset += HOUR_MS) {
      expect(currentMoments(birthAt, profile, at(offset)).length, `hour ${offset / HOUR_MS}`).toBeGreaterThan(0)
    }
  })

  it('shows nothing before the birth instant', () => {
    expect(currentMoments(birthAt, profile, birthAt - 1)).toEqual([])
  })
})

describe('conditions', () => {
  it('shows the extra feeding support after an epidural or an oxytocin drip only', () => {
    const day1 = at(DAY_MS + HOUR_MS)
    expect(ids(currentMoments(birthAt, profile, day1))).not.toContain('extraFeedingSupport')
    expect(ids(currentMoments(birthAt, { ...profile, epidural: true }, day1))).toContain('extraFeedingSupport')
    expect(ids(currentMoments(birthAt, { ...profile, oxytocinDrip: true }, day1))).toContain('extraFeedingSupport')
    expect(ids(currentMoments(birthAt, { ...profile, epidural: true, feeding: 'formula' }, day1))).not.toContain(
      'extraFeedingSupport',
    )
  })

  it('gives a caesarean birth its own skin-to-skin card and a later catch-up', () => {
    const caesarean = { ...profile, birthMode: 'caesarean' as const }
    const first = ids(currentMoments(birthAt, caesarean, at(MINUTE_MS)))
    expect(first).toContain('skinToSkinCaesarean')
    expect(first).not.toContain('skinToSkin')
    expect(ids(currentMoments(birthAt, caesarean, at(3 * HOUR_MS)))).toContain('caesareanCatchUp')
    expect(ids(currentMoments(birthAt, { ...profile, birthMode: 'vaginal' }, at(MINUTE_MS)))).toContain('skinToSkin')
    expect(ids(schedule(birthAt, { ...profile, birthMode: 'vaginal' }))).not.toContain('caesareanCatchUp')
  })

  it('gives formula feeding its own cards and no breastfeeding ones', () => {
    const formula = ids(schedule(birthAt, { ...profile, feeding: 'formula' }))
    expect(formula).toEqual(
      expect.arrayContaining(['firstFeedFormula', 'formulaOnCue', 'closeBottleFeeds', 'breastFullnessFormula']),
    )
    for (const id of [
      'firstFeed',
      'colostrum',
      'oxytocinFeeds',
      'milkComesIn',
      'helpLetDown',
      'feedingSettles',
      'breastfeedingHealth',
    ]) {
      expect(formula).not.toContain(id)
    }
  })

  it('gives breast and combined feeding the breastfeeding cards', () => {
    for (const feeding of ['breast', 'both'] as const) {
      const plan = ids(schedule(birthAt, { ...profile, feeding }))
      expect(plan).toEqual(
        expect.arrayContaining(['firstFeed', 'colostrum', 'milkComesIn', 'helpLetDown', 'breastfeedingHealth']),
      )
      expect(plan).not.toContain('firstFeedFormula')
    }
  })

  it('shows the general feeding cards but no long-term breastfeeding claim when the plan is not given', () => {
    const plan = ids(schedule(birthAt, profile))
    expect(plan).toEqual(expect.arrayContaining(['firstFeed', 'milkComesIn']))
    expect(plan).not.toContain('breastfeedingHealth')
    expect(plan).not.toContain('formulaOnCue')
  })
})

describe('what comes next', () => {
  it('lists upcoming cards with their start instants, the soonest first', () => {
    const next = nextMoments(birthAt, profile, at(10 * MINUTE_MS), 3)
    expect(next.map((item) => [item.moment.id, item.startsAt])).toEqual([
      ['restAndNest', at(2 * HOUR_MS)],
      ['pelvicFloor', at(2 * HOUR_MS)],
      ['safeSleep', at(2 * HOUR_MS)],
    ])
  })

  it('names the next window edge so the view can re-render exactly then', () => {
    expect(nextBoundary(birthAt, profile, at(0))).toBe(at(30 * MINUTE_MS))
    expect(nextBoundary(birthAt, profile, at(30 * MINUTE_MS))).toBe(at(HOUR_MS))
    expect(nextBoundary(birthAt, profile, at(HOUR_MS))).toBe(at(2 * HOUR_MS))
    expect(nextBoundary(birthAt, profile, at(60 * WEEK_MS))).toBeNull()
  })

  it('puts only cards still ahead within twelve weeks into the calendar', () => {
    const upcoming = upcomingForCalendar(birthAt, profile, at(4 * DAY_MS))
    expect(ids(upcoming)).toEqual([
      'touchAndMassage',
      'babyCheck',
      'bluesFading',
      'feedingSettles',
      'moodAnyTime',
      'walksAndMeals',
      'sexAndContraception',
      'sixWeekCheck',
      'firstVaccines',
    ])
    expect(upcomingForCalendar(birthAt, profile, at(12 * WEEK_MS))).toEqual([])
  })
})

describe('days', () => {
  it('counts days as 24-hour steps from the birth instant', () => {
    expect(dayIndex(birthAt, at(DAY_MS - 1))).toBe(0)
    expect(dayIndex(birthAt, at(DAY_MS))).toBe(1)
    expect(dayIndex(birthAt, birthAt - HOUR_MS)).toBe(0)
  })

  it('plans each day with the cards that overlap it', () => {
    expect(ids(dayPlan(birthAt, profile, 0))).toEqual(
      expect.arrayContaining(['skinToSkin', 'firstCheck', 'restAndNest']),
    )
    expect(ids(dayPlan(birthAt, profile, 3))).toContain('thirdDayDip')
    expect(ids(dayPlan(birthAt, profile, 2))).not.toContain('thirdDayDip')
    expect(ids(dayPlan(birthAt, profile, 1))).not.toContain('firstCheck')
  })

  it('has cards on every day through week 12', () => {
    for (let day = 0; day <= LAST_DAY - 1; day++)
      expect(dayPlan(birthAt, profile, day).length, `day ${day}`).toBeGreaterThan(0)
  })

  it('lists what became due while the app was closed, and nothing twice', () => {
    const due = dueSince(birthAt, profile, at(DAY_MS - 1), at(3 * DAY_MS))
    expect(ids(due)).toEqual([
      'oxytocinFeeds',
      'bodyWarningSigns',
      'babyWarningSigns',
      'vitamins',
      'milkComesIn',
      'helpLetDown',
      'careVisits',
      'bleedingWeeks',
      'newbornScreening',
      'thirdDayDip',
    ])
    expect(dueSince(birthAt, profile, at(3 * DAY_MS), at(3 * DAY_MS))).toEqual([])
  })
})

describe('clock changes and midnight', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  const springForward = [
    { zone: 'Europe/Stockholm', date: '2026-03-29', time: '01:50', endsLocally: '03:20' },
    { zone: 'Europe/Amsterdam', date: '2026-03-29', time: '01:50', endsLocally: '03:20' },
    { zone: 'Europe/London', date: '2026-03-29', time: '00:50', endsLocally: '02:20' },
  ]

  it.each(springForward)(
    'keeps 30 real minutes of skin-to-skin across the spring change in $zone',
    ({ zone, date, time, endsLocally }) => {
      process.env.TZ = zone
      const parsed = parseBirthInput(date, time, Date.UTC(2026, 3, 1))
      if (!parsed.ok) throw new Error(parsed.error)
      const skin = schedule(parsed.value, profile).find((item) => item.moment.id === 'skinToSkin')!
      expect(skin.endsAt - skin.startsAt).toBe(30 * MINUTE_MS)
      const end = new Date(skin.endsAt)
      expect(`${String(end.getHours()).padStart(2, '0')}:${String(end.getMinutes()).padStart(2, '0')}`).toBe(
        endsLocally,
      )
      expect(dayPlan(parsed.value, profile, 1).find((item) => item.moment.id === 'oxytocinFeeds')!.startsAt).toBe(
        parsed.value + DAY_MS,
      )
    },
  )

  it.each(['Europe/Stockholm', 'Europe/Amsterdam', 'Europe/London'])(
    'keeps windows in real hours across the autumn change in %s',
    (zone) => {
      process.env.TZ = zone
      // 00:40 UTC on 25 October is before the clocks go back in all three zones.
      const birth = Date.UTC(2026, 9, 25, 0, 40)
      const firstCheck = schedule(birth, profile).find((item) => item.moment.id === 'firstCheck')!
      expect(firstCheck.endsAt - birth).toBe(24 * HOUR_MS)
      expect(ids(currentMoments(birth, profile, birth + 29 * MINUTE_MS))).toContain('skinToSkin')
      expect(ids(currentMoments(birth, profile, birth + 30 * MINUTE_MS))).not.toContain('skinToSkin')
    },
  )

  it('runs day 0 of a birth at 23:50 until 23:50 the next evening, not until midnight', () => {
    process.env.TZ = 'Europe/Stockholm'
    const parsed = parseBirthInput('2026-05-10', '23:50', Date.UTC(2026, 5, 1))
    if (!parsed.ok) throw new Error(parsed.error)
    const birth = parsed.value
    const midnight = new Date('2026-05-11T00:00').getTime()
    expect(dayIndex(birth, midnight)).toBe(0)
    expect(ids(currentMoments(birth, profile, midnight))).toEqual(expect.arrayContaining(['skinToSkin', 'firstCheck']))
    expect(ids(currentMoments(birth, profile, new Date('2026-05-11T23:49').getTime()))).toContain('firstCheck')
    expect(ids(currentMoments(birth, profile, new Date('2026-05-11T23:50').getTime()))).not.toContain('firstCheck')
  })
})
