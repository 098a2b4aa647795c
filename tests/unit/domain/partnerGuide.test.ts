import { describe, expect, it } from 'vitest'
import { languages, readLocale } from './localeTexts'
import { moments } from '@/domain/moments'
import { partnerGuide, partnerStages, partnerStageTextKeys } from '@/domain/partnerGuide'
import { countries } from '@/domain/profile'
import { redFlags } from '@/domain/redFlags'
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '@/domain/time'

const birthAt = Date.parse('2026-03-28T23:50:00Z')
const stageAt = (offset: number) => partnerGuide(birthAt, birthAt + offset).stage.id

function lookUp(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
}

describe('partner guide', () => {
  it('is before the birth when there is no birth time yet, with the first hours next at an unknown time', () => {
    const guide = partnerGuide(null, birthAt)
    expect(guide.stage.id).toBe('beforeBirth')
    expect(guide.next).toEqual({ stage: partnerStages[1], startsAt: null })
  })

  it('treats a birth time still ahead as before the birth', () => {
    expect(stageAt(-MINUTE_MS)).toBe('beforeBirth')
    expect(partnerGuide(birthAt, birthAt - MINUTE_MS).next?.startsAt).toBe(birthAt)
  })

  it.each([
    [0, 'firstHours'],
    [2 * HOUR_MS - 1, 'firstHours'],
    [2 * HOUR_MS, 'firstDays'],
    [2 * DAY_MS - 1, 'firstDays'],
    [2 * DAY_MS, 'milkAndDip'],
    [3 * DAY_MS, 'milkAndDip'],
    [6 * DAY_MS - 1, 'milkAndDip'],
    [6 * DAY_MS, 'firstWeeks'],
    [14 * DAY_MS - 1, 'firstWeeks'],
    [14 * DAY_MS, 'settlingIn'],
    [5 * WEEK_MS - 1, 'settlingIn'],
    [5 * WEEK_MS, 'sixWeekCheck'],
    [8 * WEEK_MS - 1, 'sixWeekCheck'],
    [8 * WEEK_MS, 'beyond'],
    [52 * WEEK_MS, 'beyond'],
  ])('at %i ms after the birth is in the %s stage', (offset, stage) => {
    expect(stageAt(offset)).toBe(stage)
  })

  it('says when the next stage begins, as an instant', () => {
    const guide = partnerGuide(birthAt, birthAt + 3 * DAY_MS)
    expect(guide.next?.stage.id).toBe('firstWeeks')
    expect(guide.next?.startsAt).toBe(birthAt + 6 * DAY_MS)
  })

  it('has nothing after the last stage', () => {
    expect(partnerGuide(birthAt, birthAt + 20 * WEEK_MS).next).toBeNull()
  })

  it('tiles the time without gaps or overlaps', () => {
    for (let index = 1; index < partnerStages.length; index += 1) {
      expect(partnerStages[index]!.startMs).toBe(partnerStages[index - 1]!.endMs)
    }
    expect(partnerStages[0]!.startMs).toBe(-Infinity)
    expect(partnerStages.at(-1)!.endMs).toBe(Infinity)
  })

  it('follows the parent timeline: the milk, the dip and the six-week check fall in the stages named for them', () => {
    const stageOf = (id: string) => stageAt(moments.find((moment) => moment.id === id)!.startMs)
    expect(stageOf('milkComesIn')).toBe('milkAndDip')
    expect(stageOf('thirdDayDip')).toBe('milkAndDip')
    expect(stageOf('sixWeekCheck')).toBe('sixWeekCheck')
    expect(stageOf('babyLeadsTheWay')).toBe('firstHours')
  })

  it('watches only for signs in the red-flag catalogue and names sources', () => {
    const flagIds = redFlags.map((flag) => flag.id)
    for (const stage of partnerStages) {
      for (const flag of stage.watchFor) expect(flagIds, stage.id).toContain(flag)
      expect(stage.sources.length, stage.id).toBeGreaterThan(0)
      expect(stage.tasks.length, stage.id).toBeGreaterThan(0)
    }
  })

  it('names postpartum psychosis and sepsis in the first weeks, when the partner is the one who notices', () => {
    const watched = (id: string) => partnerStages.find((stage) => stage.id === id)!.watchFor
    for (const id of ['milkAndDip', 'firstWeeks']) {
      expect(watched(id), id).toContain('psychosis')
      expect(watched(id), id).toContain('sepsis')
    }
  })

  it.each(languages)('has every title, situation and task in %s, per country where care names differ', (language) => {
    const messages = readLocale<Record<string, unknown>>(language)
    for (const stage of partnerStages) {
      for (const country of countries) {
        const keys = partnerStageTextKeys(stage, country)
        expect(lookUp(messages, keys.title), keys.title).toMatch(/\S/)
        expect(lookUp(messages, keys.now), keys.now).toMatch(/\S/)
      }
      for (const task of stage.tasks) expect(lookUp(messages, `partner.tasks.${task}`), task).toMatch(/\S/)
    }
  })

  it('asks a partner to protect sleep, bring food and water, handle visitors and do skin-to-skin in the first days', () => {
    const early = partnerStages
      .filter((stage) => ['firstHours', 'firstDays'].includes(stage.id))
      .flatMap((stage) => stage.tasks)
    expect(early).toEqual(
      expect.arrayContaining(['protectSleep', 'foodAndWater', 'visitors', 'skinToSkin', 'nappiesSettling']),
    )
  })
})
