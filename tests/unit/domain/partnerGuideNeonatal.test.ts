import { describe, expect, it } from 'vitest'
import { languages, readLocale } from './localeTexts'
import { partnerGuide, partnerStages, partnerStagesFor, partnerStageTextKeys } from '@/domain/partnerGuide'
import { countries } from '@/domain/profile'
import { redFlags } from '@/domain/redFlags'
import { HOUR_MS, MINUTE_MS } from '@/domain/time'

const birthAt = Date.parse('2026-03-28T23:50:00Z')
const inUnit = partnerStagesFor(true)

function lookUp(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
}

describe('the partner guide with the baby in neonatal care', () => {
  it('replaces only the first hours, and keeps the same edges', () => {
    expect(inUnit.map((stage) => stage.id)).toEqual(
      partnerStages.map((stage) => (stage.id === 'firstHours' ? 'firstHoursInUnit' : stage.id)),
    )
    inUnit.forEach((stage, index) => {
      expect([stage.startMs, stage.endMs]).toEqual([partnerStages[index]!.startMs, partnerStages[index]!.endMs])
    })
    expect(partnerStagesFor(false)).toBe(partnerStages)
  })

  it("is in the unit's first hours from the birth to two hours, then the first days as for every family", () => {
    expect(partnerGuide(birthAt, birthAt + 10 * MINUTE_MS, true).stage.id).toBe('firstHoursInUnit')
    expect(partnerGuide(birthAt, birthAt + 2 * HOUR_MS - 1, true).stage.id).toBe('firstHoursInUnit')
    expect(partnerGuide(birthAt, birthAt + 2 * HOUR_MS, true).stage.id).toBe('firstDays')
    expect(partnerGuide(birthAt, birthAt + 10 * MINUTE_MS).stage.id).toBe('firstHours')
    expect(partnerGuide(null, birthAt, true).next?.stage.id).toBe('firstHoursInUnit')
  })

  it('asks for kangaroo care and help with expressing instead of guarding skin to skin on the mother', () => {
    const stage = inUnit.find((item) => item.id === 'firstHoursInUnit')!
    expect(stage.tasks).toEqual(expect.arrayContaining(['kangarooCare', 'helpExpressing']))
    for (const task of ['calmRoom', 'watchBaby', 'skinToSkin'] as const) expect(stage.tasks).not.toContain(task)
    expect(stage.sources).toEqual(['S120', 'S121'])
    const flagIds = redFlags.map((flag) => flag.id)
    for (const flag of stage.watchFor) expect(flagIds).toContain(flag)
    // The mother's own warning sign stays: she is not in the unit's care.
    expect(stage.watchFor).toContain('bleedingFaint')
  })

  it.each(languages)('has its title, situation and tasks in %s', (language) => {
    const messages = readLocale<Record<string, unknown>>(language)
    const stage = inUnit.find((item) => item.id === 'firstHoursInUnit')!
    for (const country of countries) {
      const keys = partnerStageTextKeys(stage, country)
      expect(lookUp(messages, keys.title), keys.title).toMatch(/\S/)
      expect(lookUp(messages, keys.now), keys.now).toMatch(/\S/)
    }
    for (const task of stage.tasks) expect(lookUp(messages, `partner.tasks.${task}`), task).toMatch(/\S/)
  })
})
