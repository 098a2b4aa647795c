const LOCALE_KEY = 'cocoon.locale'

/**
 * The database is the truth for settings, but it loads after the first paint; this copy lets the shell
 * paint in the right language at once (the theme has its own memory in useTheme.ts). Losing it costs nothing.
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
    rememberLocale: (locale: string | null) => write(LOCALE_KEY, locale),
  }
}
