import { describe, expect, it, vi } from 'vitest'
import { availableLocales, i18n, localeContentReady, localeName, setLocale } from '@/i18n'

const namespaces = (locale: string) => Object.keys(i18n.global.getLocaleMessage(locale))

describe('i18n', () => {
  it('names every language in its own words, without asking Intl at run time', () => {
    const displayNames = vi.spyOn(Intl, 'DisplayNames')
    expect(availableLocales.map(localeName)).toEqual(['English', 'Nederlands', 'Svenska'])
    expect(displayNames).not.toHaveBeenCalled()
  })

  it('asks the device for its clock style only when a time is first shown', async () => {
    const resolvedOptions = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
    await setLocale('sv')
    expect(resolvedOptions).not.toHaveBeenCalled()
    const time = i18n.global.d(new Date(2026, 10, 26, 14, 30), 'time')
    expect(resolvedOptions).toHaveBeenCalledOnce()
    const hourCycle = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hourCycle
    expect(time).toBe(hourCycle === 'h12' ? '02:30 em' : '14:30')
  })

  it("loads a page's parts only when a page needs them, and a new language with the parts already wanted", async () => {
    await setLocale('en')
    await localeContentReady(['content'])
    expect(namespaces('en')).toContain('welcome')
    expect(namespaces('en')).not.toContain('moments')
    await localeContentReady(['content', 'home'])
    expect(namespaces('en')).toContain('moments')
    expect(namespaces('en')).not.toContain('partner')
    await setLocale('nl')
    expect(namespaces('nl')).toContain('moments')
    expect(namespaces('nl')).not.toContain('partner')
    await localeContentReady(['content', 'home', 'pages'])
    expect(namespaces('nl')).toContain('partner')
  })
})
