import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AppHeader from '@/components/AppHeader.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

describe('AppHeader', () => {
  it('names the settings link in visible text, not only for screen readers', async () => {
    const { wrapper } = await mountWithApp(AppHeader, {}, 'sv')
    const link = wrapper.get('a[href="/settings"]')
    const label = link.get('.app-header__icon-label')
    expect(label.text()).toBe('Inställningar')
    expect(label.classes()).not.toContain('visually-hidden')
    expect(link.find('.visually-hidden').exists()).toBe(false)
    // Loading Swedish the first time is slow on a busy machine.
  }, 20_000)
})
