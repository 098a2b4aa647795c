import { themes, type Theme } from '@/domain/settings'

/** The page background of each theme (tokens.css --color-bg), for the browser's bar. */
export const themeColors: Record<Exclude<Theme, 'system'>, string> = {
  light: '#f6efe9',
  dark: '#1c2233',
  night: '#110c09',
}

const APPLIED_THEME_KEY = 'cocoon.appliedTheme'

/** Applies a theme to the document: a data attribute for the CSS, and the browser's theme colour. */
export function applyTheme(theme: Theme, doc: Document = document): void {
  const root = doc.documentElement
  const metas = [...doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
  if (theme === 'system') {
    delete root.dataset.theme
    metas.forEach((meta) => {
      meta.content = (meta.getAttribute('media') ?? '').includes('dark') ? themeColors.dark : themeColors.light
    })
    return
  }
  root.dataset.theme = theme
  metas.forEach((meta) => {
    meta.content = themeColors[theme]
  })
}

/**
 * The theme last shown, automatic night included. Settings load after the first paint; without
 * this a parent opening the app at 3 a.m. would get a flash of the day theme first.
 */
export function lastAppliedTheme(): Theme | null {
  try {
    const stored = localStorage.getItem(APPLIED_THEME_KEY)
    return themes.find((theme) => theme === stored) ?? null
  } catch {
    return null
  }
}

export function rememberAppliedTheme(theme: Theme): void {
  try {
    localStorage.setItem(APPLIED_THEME_KEY, theme)
  } catch {
    // Storage can be disabled; the memory only saves a flash.
  }
}
