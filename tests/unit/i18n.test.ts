import { describe, expect, it, vi } from 'vitest'
import { availableLocales, i18n, localeName, setLocale } from '@/i18n'

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
})
