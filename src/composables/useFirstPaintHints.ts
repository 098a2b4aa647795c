import type { Theme } from '@/domain/settings'

const LOCALE_KEY = 'cocoon.locale'
const THEME_KEY = 'cocoon.theme'

/**
 * The database is the truth for settings, but it loads after the first paint; these copies let the
 * shell paint in the right language and theme at once. Losing them costs nothing.
 */
export function useFirstPaintHints() {
  function read(key: string): string | null {
    try {
      return localStorage.getItem(key)
    } catch {
      return null
    }
  }
  function write(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key)
      else localStorage.setItem(key, value)
    } catch {
      // Storage can be disabled; the hint is only an optimisation.
    }
  }
  return {
    locale: () => read(LOCALE_KEY),
    theme: () => read(THEME_KEY) as Theme | null,
    rememberLocale: (locale: string | null) => write(LOCALE_KEY, locale),
    rememberTheme: (theme: Theme) => write(THEME_KEY, theme),
  }
}
