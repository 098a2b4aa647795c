import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import GrowthChart from '@/components/log/growth/GrowthChart.vue'
import type { LogEvent } from '@/domain/babyLog'
import { growthPoints } from '@/domain/growth'
import { weightForAge } from '@/domain/whoGrowth/weightForAge'
import { DAY_MS, WEEK_MS } from '@/domain/time'
import { logEvent } from '../unit/domain/logFixtures'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T10:00:00Z')
// The chart draws only what it is given; the clock is fixed anyway, so no reading of "now" can creep in.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(birthAt + 20 * WEEK_MS)
})
afterEach(() => vi.useRealTimers())

const weight = (at: number, grams: number): LogEvent => logEvent(at, { kind: 'weight', grams })

function pointsFor(events: LogEvent[], sex: 'male' | 'female' | null, dueDate: string | null = null) {
  return growthPoints({
    events,
    birthAt,
    dueDate,
    sex,
    birthWeightGrams: 3500,
    table: sex ? weightForAge[sex] : null,
  })
}

async function mountChart(props: InstanceType<typeof GrowthChart>['$props'], locale = 'en') {
  const { wrapper } = await mountWithApp(GrowthChart, { props }, locale)
  return wrapper
}

describe('GrowthChart', () => {
  it('says where the last weight lies among the centile lines, in words', async () => {
    const points = pointsFor([weight(birthAt, 3500), weight(birthAt + 5 * WEEK_MS, 4120)], 'male')
    const wrapper = await mountChart({
      points,
      sex: 'male',
      table: weightForAge.male,
      bornAtWeeks: null,
      measure: 'weight',
    })
    const caption = wrapper.find('figcaption').text()
    expect(caption).toContain('Last weight 4,120 g at 5 weeks, between the 9th and 25th centile lines.')
    expect(caption).not.toMatch(/normal|too|low weight|underweight/i)
  })

  it('draws the seven UK-WHO centile lines and a point per weight', async () => {
    const points = pointsFor([weight(birthAt, 3500), weight(birthAt + 5 * WEEK_MS, 4120)], 'female')
    const wrapper = await mountChart({
      points,
      sex: 'female',
      table: weightForAge.female,
      bornAtWeeks: null,
      measure: 'weight',
    })
    expect(wrapper.findAll('[data-centile]').map((line) => line.attributes('data-centile'))).toEqual([
      '2',
      '9',
      '25',
      '50',
      '75',
      '91',
      '98',
    ])
    expect(wrapper.findAll('circle[data-point]')).toHaveLength(2)
    expect(wrapper.find('svg').attributes('aria-hidden')).toBe('true')
  })

  it('shows no centiles without the sex, and says why', async () => {
    const points = pointsFor([weight(birthAt + 20 * DAY_MS, 3900)], null)
    const wrapper = await mountChart({ points, sex: null, table: null, bornAtWeeks: null, measure: 'weight' })
    expect(wrapper.findAll('[data-centile]')).toHaveLength(0)
    const caption = wrapper.find('figcaption').text()
    expect(caption).toContain('Last weight 3,900 g at 2 weeks.')
    expect(caption).toContain("WHO's charts differ for boys and girls")
    expect(wrapper.find('tbody').text()).toContain('–')
  })

  it('gives the change from birth weight in the first two weeks', async () => {
    const points = pointsFor([weight(birthAt + 3 * DAY_MS, 3255)], 'female')
    const wrapper = await mountChart({
      points,
      sex: 'female',
      table: weightForAge.female,
      bornAtWeeks: null,
      measure: 'weight',
    })
    expect(wrapper.find('figcaption').text()).toContain('-7.0% from birth weight.')
    expect(wrapper.find('tbody').text()).toContain('3,255 g (-7.0%)')
  })

  it('lists every weight in a table with its date, age and centile lines', async () => {
    const points = pointsFor([weight(birthAt, 3500), weight(birthAt + 5 * WEEK_MS, 4120)], 'male')
    const wrapper = await mountChart({
      points,
      sex: 'male',
      table: weightForAge.male,
      bornAtWeeks: null,
      measure: 'weight',
    })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[1]!.text()).toContain('5 weeks')
    expect(rows[1]!.text()).toContain('4,120 g')
    expect(rows[1]!.text()).toContain('between the 9th and 25th centile lines')
  })

  it('plots a baby born at 32 weeks by corrected age and says so', async () => {
    const dueDate = '2026-04-26'
    const points = pointsFor(
      [weight(birthAt + 2 * WEEK_MS, 1900), weight(birthAt + 16 * WEEK_MS, 5000)],
      'male',
      dueDate,
    )
    const wrapper = await mountChart({
      points,
      sex: 'male',
      table: weightForAge.male,
      bornAtWeeks: 32,
      measure: 'weight',
    })
    const caption = wrapper.find('figcaption').text()
    expect(caption).toContain('at 8 weeks corrected')
    expect(caption).toContain('Born at 32 weeks')
    expect(wrapper.findAll('circle[data-point]')).toHaveLength(1)
    expect(wrapper.text()).toContain('Corrected age in weeks')
  })

  it('speaks Swedish and Dutch', async () => {
    const points = pointsFor([weight(birthAt + 5 * WEEK_MS, 4120)], 'male')
    const props = {
      points,
      sex: 'male' as const,
      table: weightForAge.male,
      bornAtWeeks: null,
      measure: 'weight' as const,
    }
    expect((await mountChart(props, 'sv')).find('figcaption').text()).toContain('mellan 9:e och 25:e percentillinjen')
    expect((await mountChart(props, 'nl')).find('figcaption').text()).toContain('tussen de 9e en de 25e percentiellijn')
  })
})
