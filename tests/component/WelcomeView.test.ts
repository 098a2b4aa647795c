import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import WelcomeView from '@/views/WelcomeView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

describe('WelcomeView', () => {
  it('offers restoring from a backup file before the long form, not after it', async () => {
    const { wrapper } = await mountWithApp(WelcomeView, { attachTo: document.body })
    const link = wrapper.findAll('a').find((anchor) => anchor.text() === 'Restore from a backup file')!
    expect(link.attributes('href')).toBe('/restore')
    const form = wrapper.get('form').element
    // DOCUMENT_POSITION_FOLLOWING: the form comes after the link.
    expect(link.element.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(wrapper.findAll('a').filter((anchor) => anchor.attributes('href') === '/restore')).toHaveLength(1)
  }, 20_000)
})
