import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useTheme } from '@/composables/useTheme'
import { applyTheme, lastAppliedTheme, themeColors } from '@/startup/documentTheme'
import type { Theme } from '@/domain/settings'

function addThemeColorMetas() {
  document.head.innerHTML =
    '<meta name="theme-color" media="(prefers-color-scheme: light)" content=""><meta name="theme-color" media="(prefers-color-scheme: dark)" content="">'
}

afterEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})

describe('useTheme', () => {
  it('marks the document with the theme and gives the browser bar its colour', () => {
    addThemeColorMetas()
    applyTheme('night')
    expect(document.documentElement.dataset.theme).toBe('night')
    expect([...document.querySelectorAll('meta')].map((meta) => meta.content)).toEqual([
      themeColors.night,
      themeColors.night,
    ])
  })

  it("follows the device's scheme for 'system'", () => {
    addThemeColorMetas()
    applyTheme('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect([...document.querySelectorAll('meta')].map((meta) => meta.content)).toEqual([
      themeColors.light,
      themeColors.dark,
    ])
  })

  it('remembers the theme it showed for the next first paint, and waits while it is unknown', async () => {
    const theme = ref<Theme | null>(null)
    const scope = effectScope()
    scope.run(() => useTheme(theme))
    expect(lastAppliedTheme()).toBeNull()
    theme.value = 'night'
    await nextTick()
    expect(lastAppliedTheme()).toBe('night')
    scope.stop()
  })
})
