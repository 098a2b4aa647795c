import { describe, expect, it } from 'vitest'
import MoodChart from '@/components/MoodChart.vue'
import type { MoodLevel } from '@/domain/journal'
import { dailySummaries, weeklySummaries } from '@/domain/mood'
import { DAY_MS } from '@/domain/time'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.UTC(2026, 0, 1)

function chartProps(count: number) {
  const points = Array.from({ length: count }, (_, index) => ({
    at: birthAt + (index % 300) * DAY_MS + index,
    mood: ((index % 5) + 1) as MoodLevel,
  }))
  const days = dailySummaries(points, birthAt)
  return { days, weeks: weeklySummaries(days), trend: 'steady' as const, hasBirth: true }
}

describe('MoodChart', () => {
  it('shades and explains the baby-blues days and summarises each week in words', async () => {
    const { wrapper } = await mountWithApp(MoodChart, { props: chartProps(20) })
    expect(wrapper.find('svg').attributes('aria-hidden')).toBe('true')
    expect(wrapper.find('.mood-chart__blues').exists()).toBe(true)
    expect(wrapper.find('figcaption').text()).toContain('about day 3 to 10')
    expect(wrapper.find('figcaption').text()).toContain('about the same as the week before')
    const weeks = wrapper.findAll('.visually-hidden li').map((item) => item.text())
    expect(weeks[0]).toBe('Week 1: 2.6 (Okay), from 7 entries')
    expect(weeks).toHaveLength(3)
  })

  it('keeps the baby-blues label and the top level on separate rows above the plot', async () => {
    const { wrapper } = await mountWithApp(MoodChart, { props: chartProps(20) })
    const labels = wrapper.findAll('text.mood-chart__label')
    const blues = labels.find((label) => label.text() === 'Baby blues')!
    const veryGood = labels.find((label) => label.text() === 'Very good')!
    const baseline = (label: typeof blues) => Number(label.attributes('y'))
    const plotTop = Number(wrapper.get('.mood-chart__blues').attributes('y'))
    // Labels are 10 px high: baselines at least that far apart cannot overlap, wherever they start.
    expect(baseline(veryGood) - baseline(blues)).toBeGreaterThanOrEqual(10)
    expect(baseline(blues)).toBeGreaterThanOrEqual(10)
    expect(baseline(veryGood)).toBeLessThanOrEqual(plotTop)
    const topGrid = Math.min(...wrapper.findAll('.mood-chart__grid').map((grid) => Number(grid.attributes('y1'))))
    expect(topGrid - baseline(veryGood)).toBeGreaterThanOrEqual(0)
  })

  it('draws one mark per day, not per entry, for a large journal', async () => {
    const { wrapper } = await mountWithApp(MoodChart, { props: chartProps(10_000) })
    expect(wrapper.findAll('.mood-chart__range')).toHaveLength(300)
    expect(wrapper.findAll('circle.mood-chart__dot')).toHaveLength(0)
  })

  it('asks for the birth time instead of drawing without one', async () => {
    const { wrapper } = await mountWithApp(MoodChart, { props: { days: [], weeks: [], trend: null, hasBirth: false } })
    expect(wrapper.text()).toContain("Add your baby's time of birth in Settings")
    expect(wrapper.find('svg').exists()).toBe(false)
  })
})
