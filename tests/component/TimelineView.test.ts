import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TimelineView from '@/views/TimelineView.vue'
import { DAY_MS, HOUR_MS } from '@/domain/time'
import { emptyProfile, type Profile } from '@/domain/profile'
import { LAST_DAY } from '@/domain/timeline'
import { useProfileStore } from '@/stores/profile'
import { mountWithApp } from './mountWithApp'

const birthAt = Date.parse('2026-03-01T03:20:00Z')

async function mountOn(path: string, profile: Profile | null, now = birthAt + 5 * DAY_MS + HOUR_MS, locale = 'en') {
  vi.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  const mounted = await mountWithApp(TimelineView, {}, locale)
  useProfileStore().profile = profile
  await mounted.router.push(path)
  await flushPromises()
  return mounted
}

type Mounted = Awaited<ReturnType<typeof mountOn>>
const titles = ({ wrapper }: Mounted) => wrapper.findAll('article h3').map((h) => h.text())
const link = ({ wrapper }: Mounted, name: string) => wrapper.findAll('nav a').find((a) => a.text().includes(name))

afterEach(() => {
  vi.useRealTimers()
})

describe('TimelineView', () => {
  it("shows a day's cards with previous and next links", async () => {
    const mounted = await mountOn('/timeline/3', { ...emptyProfile('SE'), birthAt })
    expect(mounted.wrapper.find('#timeline-day-title').text()).toBe('Day 3')
    expect(titles(mounted)).toContain('The third-day dip')
    expect(link(mounted, 'Previous day')!.attributes('href')).toBe('/timeline/2')
    expect(link(mounted, 'Next day')!.attributes('href')).toBe('/timeline/4')
  })

  it('opens on today and offers a jump back to today from any other day', async () => {
    const mounted = await mountOn('/timeline', { ...emptyProfile('SE'), birthAt })
    expect(mounted.wrapper.find('#timeline-day-title').text()).toBe('Day 5')
    expect(mounted.wrapper.text()).toContain('This is today.')
    expect(link(mounted, 'Jump to today')).toBeUndefined()
    await mounted.router.push('/timeline/0')
    await flushPromises()
    expect(titles(mounted)).toContain('Skin to skin, undisturbed')
    expect(link(mounted, 'Jump to today')!.attributes('href')).toBe('/timeline/5')
    expect(link(mounted, 'Previous day')).toBeUndefined()
  })

  it('browses to the end of week 12 and no further', async () => {
    const mounted = await mountOn(`/timeline/${LAST_DAY + 10}`, { ...emptyProfile('UK'), birthAt })
    expect(mounted.wrapper.find('#timeline-day-title').text()).toBe(`Day ${LAST_DAY}`)
    expect(mounted.wrapper.text()).toContain('Week 13')
    expect(link(mounted, 'Next day')).toBeUndefined()
    expect(titles(mounted).length).toBeGreaterThan(0)
  })

  it('moves a day on with a swipe to the left', async () => {
    const mounted = await mountOn('/timeline/3', { ...emptyProfile('SE'), birthAt })
    const area = mounted.wrapper.find('.timeline__day').element
    const touch = (type: string, x: number) => {
      const event = new Event(type, { bubbles: true }) as Event & { touches: unknown[] }
      Object.defineProperty(event, 'touches', { value: [{ clientX: x, clientY: 100 }] })
      area.dispatchEvent(event)
    }
    touch('touchstart', 300)
    touch('touchmove', 120)
    touch('touchend', 120)
    await flushPromises()
    expect(mounted.router.currentRoute.value.fullPath).toBe('/timeline/4')
  })

  it('shows the care names of the chosen country', async () => {
    const mounted = await mountOn('/timeline/10', { ...emptyProfile('NL'), birthAt })
    const text = mounted.wrapper.text()
    expect(text).toContain('consultatiebureau')
    expect(text).toContain('verloskundige or huisarts')
  })

  it('explains that the timeline starts at the birth', async () => {
    const mounted = await mountOn('/timeline', { ...emptyProfile('SE'), dueDate: '2026-04-01' })
    expect(mounted.wrapper.text()).toContain('Your timeline starts when your baby is born.')
    expect(mounted.wrapper.findAll('article')).toHaveLength(0)
  })

  it('speaks Dutch on every card when the app does', async () => {
    const mounted = await mountOn('/timeline/3', { ...emptyProfile('NL'), birthAt }, undefined, 'nl')
    expect(mounted.wrapper.find('#timeline-day-title').text()).toBe('Dag 3')
    expect(titles(mounted)).toContain('Kraamtranen rond dag drie')
  })
})
