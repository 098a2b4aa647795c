import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useAutoLock } from '@/composables/useAutoLock'

function countListeners(target: EventTarget) {
  const added = vi.spyOn(target, 'addEventListener')
  const removed = vi.spyOn(target, 'removeEventListener')
  return () => added.mock.calls.length - removed.mock.calls.length
}

describe('useAutoLock', () => {
  afterEach(() => vi.useRealTimers())

  it('leaves no idle listeners behind after being switched on and off', async () => {
    const enabled = ref(false)
    const scope = effectScope()
    scope.run(() => useAutoLock({ idleMinutes: 1, enabled, lock: () => undefined }))
    const windowListeners = countListeners(window)
    const documentListeners = countListeners(document)
    for (let cycle = 0; cycle < 3; cycle += 1) {
      enabled.value = true
      await nextTick()
      expect(windowListeners()).toBeGreaterThan(0)
      enabled.value = false
      await nextTick()
    }
    expect(windowListeners()).toBe(0)
    expect(documentListeners()).toBe(0)
    scope.stop()
  })

  it('locks once after the idle time, and not after being switched off', async () => {
    vi.useFakeTimers()
    const enabled = ref(true)
    const lock = vi.fn()
    const scope = effectScope()
    scope.run(() => useAutoLock({ idleMinutes: 1, enabled, lock }))
    await nextTick()
    vi.advanceTimersByTime(60_000)
    await nextTick()
    expect(lock).toHaveBeenCalledTimes(1)
    enabled.value = false
    await nextTick()
    enabled.value = true
    await nextTick()
    enabled.value = false
    await nextTick()
    vi.advanceTimersByTime(120_000)
    await nextTick()
    expect(lock).toHaveBeenCalledTimes(1)
    scope.stop()
  })
})
