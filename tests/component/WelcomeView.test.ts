import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { wordsFor } from '@/router'
import WelcomeView from '@/views/WelcomeView.vue'
import { mountWithApp } from './mountWithApp'

enableAutoUnmount(afterEach)

// A first visit loads only the shell's words and the first-run page's (src/router.ts): every test here
// mounts the page with just those, as the app does.
const mountWelcome = (locale = 'en') =>
  mountWithApp(WelcomeView, { attachTo: document.body }, locale, wordsFor('welcome'))

describe('WelcomeView', () => {
  it('offers restoring from a backup file before the long form, not after it', async () => {
    const { wrapper } = await mountWelcome()
    const link = wrapper.findAll('a').find((anchor) => anchor.text() === 'Restore from a backup file')!
    expect(link.attributes('href')).toBe('/restore')
    const form = wrapper.get('form').element
    // DOCUMENT_POSITION_FOLLOWING: the form comes after the link.
    expect(link.element.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(wrapper.findAll('a').filter((anchor) => anchor.attributes('href') === '/restore')).toHaveLength(1)
  }, 20_000)

  it.each(['en', 'sv', 'nl'])(
    'finds every word it shows in the first-run words alone, in every state of the form (%s)',
    async (locale) => {
      const missing: string[] = []
      i18n.global.setMissingHandler((_locale, key) => {
        missing.push(key)
        return key
      })
      try {
        const { wrapper } = await mountWelcome(locale)
        // The premise: Today's words (the "home" part) are not there, as on a real first visit.
        const namespaces = Object.keys(i18n.global.getLocaleMessage(locale))
        expect(namespaces).toContain('welcome')
        expect(namespaces).not.toContain('moments')
        const texts = [wrapper.text()]
        // The install hint, the birth date's errors, then the same for an expected baby.
        window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt() {} }))
        await wrapper.get('form').trigger('submit')
        await flushPromises()
        texts.push(wrapper.text())
        await wrapper.get('input[name="born"][value="false"]').setValue(true)
        await wrapper.get('form').trigger('submit')
        await flushPromises()
        texts.push(wrapper.text())

        expect(texts[1]).toContain(i18n.global.t('install.hint.title'))
        expect(wrapper.find('[role="alert"]').exists()).toBe(true)
        expect(missing).toEqual([])
        // A key shown as itself ("welcome.title") would mean a word from another part.
        for (const text of texts) expect(text).not.toMatch(/\b[a-z]+[A-Z]?[a-zA-Z]*\.[a-z][a-zA-Z]+\b/)
      } finally {
        i18n.global.setMissingHandler(null)
      }
    },
    20_000,
  )
})
