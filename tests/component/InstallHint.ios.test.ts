import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import InstallHint from '@/components/InstallHint.vue'
import { loadSettings } from '@/db/settings'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

// The install state is global and read once, so this file is an iPhone from the start.
beforeAll(() => {
  Object.defineProperty(navigator, 'userAgent', {
    value: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1',
    configurable: true,
  })
})

describe('InstallHint on an iPhone in Safari', () => {
  it('shows the three illustrated steps to add Cocoon to the home screen', async () => {
    const { wrapper } = await mountWithApp(InstallHint)
    const steps = wrapper.findAll('ol li')
    expect(steps.map((step) => step.text())).toEqual([
      expect.stringContaining('Share button'),
      expect.stringContaining('Add to Home Screen'),
      expect.stringContaining('Tap "Add"'),
    ])
    expect(wrapper.findAll('ol svg[aria-hidden="true"]')).toHaveLength(3)
  })

  it('goes away for good on "Not now"', async () => {
    const { wrapper } = await mountWithApp(InstallHint)
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('aside').exists()).toBe(false))
    expect((await loadSettings()).installHintDismissed).toBe(true)
  })
})
