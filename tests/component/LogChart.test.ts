import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LogChart from '@/components/log/LogChart.vue'
import type { LogEvent } from '@/domain/babyLog'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/domain/time'
import { dirty, feed, logEvent, wet } from '../unit/domain/logFixtures'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T10:00:00Z')
const dayStart = (day: number) => birthAt + (day - 1) * DAY_MS

// Six hours into day of life 5, whatever today is.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(dayStart(5) + 6 * HOUR_MS)
})
afterEach(() => vi.useRealTimers())

/** A whole day's entries: feeds on the hour, nappies on the half hour, one long sleep from mid-day. */
function day(number: number, counts: { feeds: number; wet: number; dirty: number; sleepHours: number }): LogEvent[] {
  const start = dayStart(number)
  const sleepStart = start + 8 * HOUR_MS
  return [
    ...Array.from({ length: counts.feeds }, (_, index) => feed(start + (index + 0.5) * HOUR_MS)),
    ...Array.from({ length: counts.wet }, (_, index) => wet(start + (index + 1) * HOUR_MS)),
    ...Array.from({ length: counts.dirty }, (_, index) => dirty(start + (index + 1) * HOUR_MS + MINUTE_MS)),
    logEvent(sleepStart, { kind: 'sleep', end: sleepStart + counts.sleepHours * HOUR_MS }),
  ]
}

function week(): LogEvent[] {
  const now = Date.now()
  return [
    ...day(2, { feeds: 8, wet: 5, dirty: 3, sleepHours: 13.5 }),
    ...day(3, { feeds: 10, wet: 6, dirty: 1, sleepHours: 15 }),
    ...day(4, { feeds: 9, wet: 6, dirty: 2, sleepHours: 14 }),
    feed(dayStart(5) + HOUR_MS),
    feed(dayStart(5) + 3 * HOUR_MS),
    wet(dayStart(5) + 2 * HOUR_MS),
    // Asleep for the last hour, and still asleep.
    logEvent(now - HOUR_MS, { kind: 'sleep', end: null }),
  ]
}

const mountChart = (events: LogEvent[], locale = 'en', chartBirthAt: number | null = birthAt) =>
  mountWithApp(LogChart, { props: { events, birthAt: chartBirthAt, now: Date.now() } }, locale)

describe('LogChart', () => {
  it('sums up the whole days in words, and today apart, for a screen reader and everyone', async () => {
    const { wrapper } = await mountChart(week())
    expect(wrapper.find('svg').attributes('aria-hidden')).toBe('true')
    const lines = wrapper.findAll('figcaption p').map((line) => line.text())
    expect(lines).toEqual([
      'Days 2 to 4, whole days with entries, per day: feeds 8–10, wet nappies 5–6, dirty nappies 1–3, sleep 13.5–15 h.',
      'Today so far (day 5): feeds 2, wet nappies 1, dirty nappies 0, sleep 1 h.',
    ])
  })

  it('draws a labelled feed bar for each day with entries, as tall as its count', async () => {
    const { wrapper } = await mountChart(week())
    const bars = wrapper.findAll('rect.log-chart__bar')
    expect(bars.map((bar) => bar.attributes('data-day'))).toEqual(['2', '3', '4', '5'])
    const height = (index: number) => Number(bars[index]!.attributes('height'))
    expect(height(1) / height(0)).toBeCloseTo(10 / 8)
    expect(bars[3]!.classes()).toContain('log-chart__bar--partial')
    expect(wrapper.findAll('text.log-chart__value').map((label) => label.text())).toEqual(['8', '10', '9', '2'])
    // Day 1 has nothing logged: a dash, not a bar of zero.
    expect(wrapper.findAll('text.log-chart__none')).toHaveLength(1)
    expect(wrapper.findAll('text.log-chart__day').map((label) => label.text())).toEqual(['1', '2', '3', '4', '5'])
  })

  it('switches to nappies, wet and hatched dirty side by side, and to hours of sleep', async () => {
    const { wrapper } = await mountChart(week())
    await wrapper.get('input[type="radio"][value="nappies"]').setValue()
    const wetBars = wrapper.findAll('rect[data-part="wet"]')
    const dirtyBars = wrapper.findAll('rect[data-part="dirty"]')
    expect(wetBars).toHaveLength(4)
    expect(dirtyBars).toHaveLength(4)
    expect(dirtyBars[0]!.attributes('fill')).toMatch(/^url\(#.+-hatch\)$/)
    expect(Number(dirtyBars[0]!.attributes('x'))).toBeGreaterThan(Number(wetBars[0]!.attributes('x')))
    expect(wrapper.find('.log-chart__legend').text()).toContain('Dirty (hatched)')

    await wrapper.get('input[type="radio"][value="sleep"]').setValue()
    expect(wrapper.get('.log-chart__unit').text()).toBe('Hours of sleep per day')
    expect(wrapper.findAll('text.log-chart__value').map((label) => label.text())).toEqual(['14', '15', '14', '1'])
  })

  it('offers every day as a table row, with the days without entries said so', async () => {
    const { wrapper } = await mountChart(week())
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows[0]).toEqual(['Day 1', 'Nothing logged'])
    expect(rows[1]).toEqual(['Day 2', '8', '5', '3', '13 h 30 min'])
    expect(rows[4]).toEqual(['Day 5, so far', '2', '1', '0', '1 h 0 min'])
  })

  it('reads in Swedish, with a decimal comma', async () => {
    const { wrapper } = await mountChart(week(), 'sv')
    expect(wrapper.get('h2').text()).toBe('Dygn för dygn')
    expect(wrapper.findAll('figcaption p').map((line) => line.text())).toEqual([
      'Dygn 2 till 4, hela dygn med noteringar, per dygn: måltider 8–10, kissblöjor 5–6, bajsblöjor 1–3, sömn 13,5–15 tim.',
      'I dag hittills (dygn 5): måltider 2, kissblöjor 1, bajsblöjor 0, sömn 1 tim.',
    ])
    expect(wrapper.findAll('fieldset label').map((label) => label.text())).toEqual(['✓ Måltider', 'Blöjor', 'Sömn'])
  })

  it('reads in Dutch', async () => {
    const { wrapper } = await mountChart(week(), 'nl')
    expect(wrapper.get('figcaption p').text()).toBe(
      'Dag 2 tot en met 4, hele dagen met registraties, per dag: voedingen 8–10, natte luiers 5–6, poepluiers 1–3, slaap 13,5–15 uur.',
    )
  })

  it('says gently that a chart needs two days, and shows nothing without a birth', async () => {
    const oneDay = [wet(dayStart(5) + HOUR_MS), feed(dayStart(5) + 2 * HOUR_MS)]
    const { wrapper } = await mountChart(oneDay)
    expect(wrapper.text()).toContain('appears here once you have logged on two days of life')
    expect(wrapper.find('svg').exists()).toBe(false)

    const { wrapper: noBirth } = await mountChart(week(), 'en', null)
    expect(noBirth.find('section').exists()).toBe(false)
  })
})
