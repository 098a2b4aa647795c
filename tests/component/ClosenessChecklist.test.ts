import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ClosenessChecklist from '@/components/ClosenessChecklist.vue'
import { closenessIdeas } from '@/domain/closeness'
import { loadSettings } from '@/db/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

describe('ClosenessChecklist', () => {
  it('offers every idea as a checkbox, none ticked on a new day', async () => {
    const { wrapper } = await mountWithApp(ClosenessChecklist)
    const boxes = wrapper.findAll('input[type="checkbox"]')
    expect(boxes).toHaveLength(closenessIdeas.length)
    expect(boxes.every((box) => !(box.element as HTMLInputElement).checked)).toBe(true)
    expect(wrapper.find('a').exists()).toBe(false)
  })

  it("keeps today's ticks in the database for today", async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 10, 15, 0), toFake: ['Date'] })
    const { wrapper } = await mountWithApp(ClosenessChecklist)
    await wrapper.get('input[aria-describedby="idea-walk-body"]').setValue(true)
    await wrapper.get('input[aria-describedby="idea-dimLight-body"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.text()).toContain('2 ideas ticked today'))
    expect((await loadSettings()).closenessTicks).toEqual({ day: '2026-01-10', ideas: ['walk', 'dimLight'] })
    expect(wrapper.text()).toContain('2 ideas ticked today')
  })

  it('opens the journal with the ticked ideas it knows as "what helped"', async () => {
    const { wrapper, router } = await mountWithApp(ClosenessChecklist)
    await wrapper.get('input[aria-describedby="idea-dimLight-body"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.text()).toContain('1 idea ticked today'))
    expect(wrapper.find('a').exists()).toBe(false)

    await wrapper.get('input[aria-describedby="idea-longHug-body"]').setValue(true)
    await wrapper.get('input[aria-describedby="idea-walk-body"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.text()).toContain('3 ideas ticked today'))
    const link = wrapper.get('a')
    expect(link.text()).toBe('Add to my journal')
    const target = router.resolve(link.attributes('href')!)
    expect(target.name).toBe('journal')
    expect(target.query).toEqual({ helped: 'longHug,walk' })
  })
})
