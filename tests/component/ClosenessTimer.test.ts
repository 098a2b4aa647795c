import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ClosenessTimer from '@/components/ClosenessTimer.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

describe('ClosenessTimer', () => {
  it('counts minutes together and ends softly, with words instead of an alarm', async () => {
    const { wrapper } = await mountWithApp(ClosenessTimer)
    vi.useFakeTimers()
    await wrapper.get('input[type="radio"][value="5"]').setValue(true)
    await wrapper.get('button.button--primary').trigger('click')
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Together, just started')

    await vi.advanceTimersByTimeAsync(2 * 60_000)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Together for 2 minutes')

    await vi.advanceTimersByTimeAsync(4 * 60_000)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Time is up, whenever you are ready. 5 minutes together.')
    await wrapper.get('button').trigger('click')
    expect(wrapper.text()).toContain('How long')
  })

  it('runs without an end until stopped', async () => {
    const { wrapper } = await mountWithApp(ClosenessTimer)
    vi.useFakeTimers()
    const open = wrapper.findAll('input[type="radio"]').at(-1)!
    await open.setValue(true)
    await wrapper.get('button.button--primary').trigger('click')
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Together for 60 minutes')
    await wrapper.get('button').trigger('click')
    expect(wrapper.find('[aria-live="polite"]').exists()).toBe(false)
  })
})
