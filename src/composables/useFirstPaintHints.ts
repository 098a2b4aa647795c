const LOCALE_KEY = 'cocoon.locale'
const PROFILE_KEY = 'cocoon.hasProfile'
const TODAY_SNAPSHOT_KEY = 'cocoon.todaySnapshot'

/**
 * The database is the truth for settings and the profile, but it loads after the first paint; these copies
 * let the shell paint in the right language at once and fetch the likely first page (first-run screen or
 * not) while the database opens, and Today paint its age before any framework code has run
 * (src/domain/todaySnapshot.ts). The theme has its own memory in useTheme.ts. Losing them costs nothing.
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
    hasProfile: () => read(PROFILE_KEY) === '1',
    rememberHasProfile: (has: boolean) => write(PROFILE_KEY, has ? '1' : null),
    todaySnapshot: () => read(TODAY_SNAPSHOT_KEY),
    rememberTodaySnapshot: (snapshot: object | null) =>
      write(TODAY_SNAPSHOT_KEY, snapshot === null ? null : JSON.stringify(snapshot)),
  }
}
