import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import BreathingExercise from '@/components/BreathingExercise.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)
afterEach(() => vi.useRealTimers())

const phase = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.get('[aria-live="polite"]').text()

describe('BreathingExercise', () => {
  it('tells each turn of the breath in words, in a polite live region', async () => {
    const { wrapper } = await mountWithApp(BreathingExercise)
    vi.useFakeTimers()
    expect(phase(wrapper)).toBe('Ready when you are')

    await wrapper.get('button').trigger('click')
    expect(phase(wrapper)).toBe('Breathe out')
    await vi.advanceTimersByTimeAsync(6000)
    expect(phase(wrapper)).toBe('Breathe in')
    await vi.advanceTimersByTimeAsync(4000)
    expect(phase(wrapper)).toBe('Breathe out')
    expect(wrapper.text()).toContain('1 slow breath')

    await wrapper.get('button').trigger('click')
    expect(phase(wrapper)).toBe('Ready when you are')
  })

  it('offers a gentle vibration only where the device can, and buzzes at each turn when asked', async () => {
    const vibrate = vi.fn(() => true)
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true })
    try {
      const { wrapper } = await mountWithApp(BreathingExercise)
      vi.useFakeTimers()
      await wrapper.get('input[type="checkbox"]').setValue(true)
      await wrapper.get('button').trigger('click')
      await vi.advanceTimersByTimeAsync(6000)
      expect(vibrate).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
      delete (navigator as { vibrate?: unknown }).vibrate
    }
  })

  it('has no vibration choice where the device cannot vibrate', async () => {
    const { wrapper } = await mountWithApp(BreathingExercise)
    expect(wrapper.find('input[type="checkbox"]').exists()).toBe(false)
  })
})
